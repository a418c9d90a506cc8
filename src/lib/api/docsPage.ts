import type { OpenApiOperation, OpenApiSchema } from '../platform/openApi'
import type { OpenApiDocument } from './openApiDescription'

const escape = (text: unknown) =>
  String(text ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')

const METHOD_ORDER = ['get', 'post', 'patch', 'put', 'delete']

const anchor = (text: string) => text.replace(/[^\w-]/g, '_')

/** A schema as indented JSON, its `$ref`s links to the schema at the end of the page. */
const schemaBlock = (schema: OpenApiSchema | undefined) => {
  if (!schema) return ''
  const json = escape(JSON.stringify(schema, null, 1))
  return `<pre>${json.replace(
    /&quot;#\/components\/schemas\/([^&]+)&quot;/g,
    (_, name: string) => `&quot;<a href="#schema-${anchor(name)}">#/components/schemas/${name}</a>&quot;`,
  )}</pre>`
}

const securityText = (operation: OpenApiOperation, document: OpenApiDocument) => {
  const security = operation.security ?? document.security
  const isOpen = security.some((entry) => Object.keys(entry).length === 0)
  const schemes = security.flatMap((entry) => Object.keys(entry))
  if (schemes.length === 0) return '无需登录 / no session'
  return `${isOpen ? '可匿名，登录后可见更多 / anyone; a session shows more' : '需登录 / signed in'}: ${schemes.map(escape).join(', ')}`
}

const parametersTable = (operation: OpenApiOperation) => {
  const parameters = operation.parameters ?? []
  if (parameters.length === 0) return ''
  const rows = parameters
    .map(
      (p) =>
        `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? '是 yes' : '否 no'}</td><td><code>${escape(JSON.stringify(p.schema))}</code></td><td>${escape(p.description)}</td></tr>`,
    )
    .join('')
  return `<h4>参数 Parameters</h4><table><thead><tr><th>名称 Name</th><th>位置 In</th><th>必填 Required</th><th>类型 Schema</th><th>说明 Description</th></tr></thead><tbody>${rows}</tbody></table>`
}

const contentBlocks = (content: Record<string, { schema: OpenApiSchema }> | undefined) =>
  Object.entries(content ?? {})
    .map(
      ([type, { schema }]) =>
        `<details><summary><code>${escape(type)}</code></summary>${schemaBlock(schema)}</details>`,
    )
    .join('')

const operationBlock = (path: string, method: string, operation: OpenApiOperation, document: OpenApiDocument) => {
  const body = operation.requestBody
    ? `<h4>请求体 Request body${operation.requestBody.required ? '（必填 required）' : ''}</h4>${contentBlocks(operation.requestBody.content)}`
    : ''
  const responses = Object.entries(operation.responses)
    .map(
      ([status, response]) =>
        `<li><strong>${escape(status)}</strong> ${escape(response.description)}${contentBlocks(response.content)}</li>`,
    )
    .join('')
  return `<details class="operation" id="op-${anchor(operation.operationId ?? `${method}-${path}`)}">
<summary><span class="method ${escape(method)}">${escape(method.toUpperCase())}</span> <code class="path">${escape(path)}</code> ${escape(operation.summary)}</summary>
${operation.description ? `<p>${escape(operation.description)}</p>` : ''}
<p class="security">${escape(securityText(operation, document))}</p>
${parametersTable(operation)}${body}
<h4>响应 Responses</h4><ul>${responses}</ul>
</details>`
}

const STYLE = `body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:1100px;margin:0 auto;padding:1rem 2rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;padding-bottom:.25rem;margin-top:2rem}h4{margin:.75rem 0 .25rem}
details{margin:.25rem 0}details.operation{border:1px solid #ddd;border-radius:4px;padding:.4rem .6rem}
summary{cursor:pointer}pre{background:#f6f6f6;padding:.5rem;overflow:auto;font-size:13px;max-height:32rem}
table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
.method{display:inline-block;min-width:4.5em;font-weight:700;font-family:monospace}.get{color:#0b6e00}.post{color:#0050b3}
.patch{color:#a15c00}.delete{color:#b00020}.security{color:#555;font-size:14px}nav ul{columns:2}`

/**
 * The API reference as one server-rendered page: tags, their operations (method, path, parameters, request
 * and response schemas in <details>), the schemas. No script and nothing from elsewhere, so it works under
 * the site's Content-Security-Policy (src/lib/securityHeaders.ts) and on an intranet without a CDN.
 */
export const renderDocsPage = (document: OpenApiDocument, openApiURL: string): string => {
  const byTag = new Map<string, string[]>()
  // Within a tag: by path (the list before its `{id}`), then get, post, patch, put, delete.
  const entries = Object.entries(document.paths)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([path, item]) =>
      (Object.entries(item) as Array<[string, OpenApiOperation]>)
        .sort(([a], [b]) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b))
        .map(([method, operation]) => ({ path, method, operation })),
    )
  for (const { path, method, operation } of entries) {
    const tag = operation.tags?.[0] ?? 'api'
    byTag.set(tag, [...(byTag.get(tag) ?? []), operationBlock(path, method, operation, document)])
  }
  const tags = document.tags.filter((tag) => byTag.has(tag.name))
  const sections = tags
    .map(
      (tag) =>
        `<section id="tag-${anchor(tag.name)}"><h2>${escape(tag.name)}</h2><p>${escape(tag.description)}</p>${byTag.get(tag.name)!.join('\n')}</section>`,
    )
    .join('\n')
  const schemes = Object.entries(document.components.securitySchemes)
    .map(([name, scheme]) => `<li><code>${escape(name)}</code>: ${escape(scheme.description)}</li>`)
    .join('')
  const schemas = Object.entries(document.components.schemas)
    .map(
      ([name, schema]) =>
        `<details id="schema-${anchor(name)}"><summary><code>${escape(name)}</code></summary>${schemaBlock(schema)}</details>`,
    )
    .join('\n')
  const title = String(document.info.title)
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><h1>${escape(title)}</h1>
${String(document.info.description)
  .split('\n\n')
  .map((paragraph) => `<p>${escape(paragraph)}</p>`)
  .join('')}
<p>机器可读的描述 / Machine-readable description: <a href="${escape(openApiURL)}">${escape(openApiURL)}</a> (OpenAPI ${escape(document.openapi)})</p>
<h2>认证 Authentication</h2><ul>${schemes}</ul>
<h2>错误 Errors</h2><p>所有拒绝均为 / Every refusal is <code>{"errors":[{"message":"中文 / English","data":{"errors":[{"path":"title","message":"…"}]}}]}</code>: 400 输入有误 invalid input, 401 未登录或凭据错误 not signed in, 403 无权 not allowed, 404 不存在 not found.</p>
<nav><h2>目录 Contents</h2><ul>${tags.map((tag) => `<li><a href="#tag-${anchor(tag.name)}">${escape(tag.name)}</a> — ${escape(tag.description)}</li>`).join('')}<li><a href="#schemas">数据结构 Schemas</a></li></ul></nav>
${sections}
<section id="schemas"><h2>数据结构 Schemas</h2>${schemas}</section>
</body></html>`
}
