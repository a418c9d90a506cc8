import type { Endpoint, SanitizedConfig } from 'payload'

import { configToJSONSchema } from 'payload'

import type { OpenApiOperation, OpenApiSchema, OpenApiTag } from '../platform/openApi'

import { ANYONE, bilingualSummary, openApiOf, pathParameter } from '../platform/openApi'
import { builtinOperation, type EntityFacts } from './builtinOperations'
import { errorSchema, securitySchemes, writeSchemaOf } from './components'
import { graphqlOperation } from './graphqlOperation'

type PathItem = Partial<Record<'get' | 'post' | 'patch' | 'put' | 'delete', OpenApiOperation>>

export type OpenApiDocument = {
  openapi: '3.1.0'
  info: Record<string, unknown>
  servers: Array<{ url: string; description?: string }>
  security: Array<Record<string, string[]>>
  tags: OpenApiTag[]
  paths: Record<string, PathItem>
  components: { schemas: Record<string, OpenApiSchema>; securitySchemes: Record<string, OpenApiSchema> }
  /** Custom endpoints that carry no `custom.openapi`, as `METHOD /api/path`: the contract test fails on any. */
  'x-undocumented': string[]
}

/** Payload's `:param` route segments as OpenAPI `{param}`; an optional `:param?` gives the path with and without it. */
const openApiPaths = (path: string): string[] => {
  const required = path.replace(/:(\w+)\?/g, ':$1')
  const paths = [required]
  if (required !== path) paths.push(path.replace(/\/:\w+\?/g, '') || '/')
  return paths.map((candidate) => candidate.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '') || '')
}

/** The operation with a declared parameter for every `{name}` in its path (the fragment may leave them out). */
const withPathParameters = (path: string, operation: OpenApiOperation, suffix: string): OpenApiOperation => {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)
  const declared = new Set((operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name))
  const parameters = [
    ...names.filter((name) => !declared.has(name)).map((name) => pathParameter(name, name)),
    // A parameter of the path without its optional segment is not there.
    ...(operation.parameters ?? []).filter((p) => p.in !== 'path' || names.includes(p.name)),
  ]
  return {
    ...operation,
    ...(operation.operationId ? { operationId: `${operation.operationId}${suffix}` } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
  }
}

const labelOf = (labels: unknown, fallback: string): { zh: string; en: string } => {
  const label = (labels as { plural?: unknown } | undefined)?.plural as
    { zh?: unknown; en?: unknown } | string | undefined
  if (typeof label === 'string') return { zh: label, en: label }
  if (label && typeof label.zh === 'string' && typeof label.en === 'string') return { zh: label.zh, en: label.en }
  return { zh: fallback, en: fallback }
}

const INTERNAL_TAG_NOTE = '（系统内部 / internal）'

/**
 * An OpenAPI 3.1 description of the REST API, derived from the sanitized Payload config: every collection's
 * and global's Payload endpoints (list, read, create, update, delete, count, versions, auth, files) with
 * the documents as JSON Schema (Payload's configToJSONSchema, the schema behind payload-types.ts), and
 * every custom endpoint from the fragment it carries (`custom.openapi`, src/lib/platform/openApi.ts).
 */
export const openApiDescription = (config: SanitizedConfig): OpenApiDocument => {
  const jsonSchema = configToJSONSchema(config, config.db.defaultIDType)
  // JSON Schema's own references (#/definitions/x) become OpenAPI's (#/components/schemas/x).
  const schemas = JSON.parse(
    JSON.stringify(jsonSchema.definitions ?? {}).replaceAll('"#/definitions/', '"#/components/schemas/'),
  ) as Record<string, OpenApiSchema>
  schemas.Error = errorSchema
  const api = config.routes.api
  const paths: Record<string, PathItem> = {}
  const tags = new Map<string, OpenApiTag>()
  const undocumented: string[] = []

  const pathOfShape = new Map<string, string>()
  /**
   * Payload matches a request against an entity's endpoints in order, custom ones first: a later endpoint
   * of a method and path shape already taken is never reached, so it is left out. Paths that differ only
   * in their parameters' names (`/{key}`, `/{id}`) are one path to OpenAPI: the later takes the first's names.
   */
  const add = (path: string, method: string, operation: OpenApiOperation) => {
    const shape = path.replace(/\{\w+\}/g, '{}')
    const existing = pathOfShape.get(shape) ?? path
    pathOfShape.set(shape, existing)
    if (paths[existing]?.[method as keyof PathItem]) return
    const names = [...existing.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)
    const ownNames = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)
    const renamed =
      existing === path
        ? operation
        : {
            ...operation,
            parameters: operation.parameters?.map((parameter) =>
              parameter.in === 'path' ? { ...parameter, name: names[ownNames.indexOf(parameter.name)]! } : parameter,
            ),
          }
    paths[existing] = { ...paths[existing], [method]: renamed }
  }

  /** One endpoint of an entity (or the root) at `base`: Payload's own from the table, a custom one from its fragment. */
  const describe = (
    base: string,
    endpoint: Endpoint,
    kind: 'collection' | 'global' | 'root',
    facts: EntityFacts,
    tag: string,
  ) => {
    const method = endpoint.method.toLowerCase()
    const key = `${method} ${endpoint.path}`
    const fragment = openApiOf(endpoint)
    let operation: OpenApiOperation | undefined
    if (fragment) {
      operation = { ...fragment.openapi, tags: fragment.openapi.tags ?? [tag] }
      if (fragment.openapiTag) tags.set(fragment.openapiTag.name, fragment.openapiTag)
    } else {
      const builtin = builtinOperation(kind, key)
      if (!builtin) {
        undocumented.push(`${method.toUpperCase()} ${base}${endpoint.path}`)
        return
      }
      operation = builtin(facts)
      if (operation) operation = { ...operation, tags: [tag] }
    }
    if (!operation) return
    openApiPaths(endpoint.path).forEach((path, index) => {
      const full = `${base}${path}`
      add(full, method, withPathParameters(full, operation, index === 0 ? '' : '-all'))
    })
  }

  /** What Payload's own endpoints need of an entity; its write schemas become components, referenced. */
  const factsOf = (
    kind: 'collection' | 'global',
    slug: string,
    { isAuth = false, isUpload = false, versions }: { isAuth?: boolean; isUpload?: boolean; versions: unknown },
  ): EntityFacts => {
    const writeSchema = (isUpdate: boolean): OpenApiSchema => {
      if (!schemas[slug]) return { type: 'object' }
      const name = `${slug}_${isUpdate ? 'update' : 'create'}`
      schemas[name] = writeSchemaOf(schemas[slug], { isUpdate, isAuth, hasDrafts: hasDrafts(versions) })
      return { $ref: `#/components/schemas/${name}` }
    }
    return {
      slug,
      kind,
      schema: schemas[slug] ? { $ref: `#/components/schemas/${slug}` } : { type: 'object' },
      createSchema: writeSchema(false),
      updateSchema: writeSchema(true),
      isAuth,
      isUpload,
      hasVersions: Boolean(versions),
      hasDrafts: hasDrafts(versions),
    }
  }

  for (const collection of config.collections) {
    const { slug } = collection
    const label = labelOf(collection.labels, slug)
    const isInternal = slug.startsWith('payload-')
    tags.set(slug, {
      name: slug,
      description: `${label.zh === label.en ? label.en : `${label.zh} / ${label.en}`}${isInternal ? INTERNAL_TAG_NOTE : ''}`,
    })
    const facts = factsOf('collection', slug, {
      isAuth: Boolean(collection.auth),
      isUpload: Boolean(collection.upload),
      versions: collection.versions,
    })
    for (const endpoint of Array.isArray(collection.endpoints) ? collection.endpoints : []) {
      describe(`${api}/${slug}`, endpoint, 'collection', facts, slug)
    }
  }
  tags.set('globals', { name: 'globals', description: '全局设置 / Globals (site-wide settings)' })
  for (const global of config.globals) {
    const facts = factsOf('global', global.slug, { versions: global.versions })
    for (const endpoint of Array.isArray(global.endpoints) ? global.endpoints : []) {
      describe(`${api}/globals/${global.slug}`, endpoint, 'global', facts, 'globals')
    }
  }
  tags.set('api', { name: 'api', description: '接口说明与 GraphQL / The API description and GraphQL' })
  const rootFacts = factsOf('collection', '', { versions: false })
  for (const endpoint of config.endpoints ?? []) describe(api, endpoint, 'root', rootFacts, 'api')
  add(
    config.routes.graphQL.startsWith('/') ? `${api}${config.routes.graphQL}` : config.routes.graphQL,
    'post',
    graphqlOperation,
  )

  // Tags named by an operation but introduced by none (a plugin's second endpoint) still get a description.
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      for (const name of operation.tags ?? []) if (!tags.has(name)) tags.set(name, { name, description: name })
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: '政府信息公开平台 API / Government information disclosure API',
      version: '1',
      description: [
        '政府信息公开平台的 REST 接口。匿名可读已发布的内容；登录后按角色和所属机构读写。示例见 docs/api.md，浏览版见 /api/docs。',
        'REST API of the Gongkai platform. Anyone reads what is published; signed-in staff read and write by role and institution. Examples: docs/api.md; browsable: /api/docs. GraphQL: POST /api/graphql (schema.graphql at the repository root); TypeScript types: payload-types.ts.',
      ].join('\n\n'),
    },
    // Paths start with the API route (/api/…): the server is the site itself.
    servers: [
      { url: config.serverURL.replace(/\/+$/, '') || '/', description: bilingualSummary('本站', 'This server') },
    ],
    security: ANYONE,
    tags: [...tags.values()],
    paths,
    components: { schemas: reachableSchemas(paths, schemas), securitySchemes: securitySchemes(config) },
    'x-undocumented': undocumented,
  }
}

const hasDrafts = (versions: unknown) =>
  Boolean(versions && typeof versions === 'object' && (versions as { drafts?: unknown }).drafts)

const REF = /"\$ref":"#\/components\/schemas\/([^"]+)"/g

/**
 * The schemas the operations use, directly or through each other: configToJSONSchema also gives the
 * generated types' helpers (`<slug>_select`, the jobs' task inputs), which no REST answer has.
 */
const reachableSchemas = (
  paths: Record<string, PathItem>,
  schemas: Record<string, OpenApiSchema>,
): Record<string, OpenApiSchema> => {
  const reached = new Set<string>()
  const queue = [...JSON.stringify(paths).matchAll(REF)].map((match) => match[1]!)
  while (queue.length > 0) {
    const name = queue.pop()!
    if (reached.has(name) || !schemas[name]) continue
    reached.add(name)
    for (const match of JSON.stringify(schemas[name]).matchAll(REF)) queue.push(match[1]!)
  }
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)))
}
