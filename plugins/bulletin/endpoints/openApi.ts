import type { OpenApiOperation, OpenApiTag } from '../../../src/lib/platform/openApi'

import {
  ANYONE,
  bilingualSummary,
  jsonContent,
  pathParameter,
  queryParameter,
  refusals,
  SIGNED_IN,
} from '../../../src/lib/platform/openApi'

/** The bulletin's endpoints' descriptions (served at /api/openapi.json), beside the endpoints they describe. */
export const bulletinTag: OpenApiTag = {
  name: 'bulletin-issues',
  description:
    '政府公报：各期公报、下载（PDF、Word、打印版）、导出。 / Government bulletin issues, their downloads and exports.',
}

const issueId = pathParameter('id', 'The issue id / 公报期次 ID')

const MIME_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

const fileHeaders = {
  'Content-Disposition': { description: "attachment; filename*=UTF-8''…", schema: { type: 'string' } },
  'X-Content-Hash': { description: "The issue's content hash / 内容摘要", schema: { type: 'string' } },
  'X-Uncovered-Characters': {
    description: 'Characters no embedded font covers, as code points ("U+20000") / 字体未覆盖的字符',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description: 'public, max-age=3600 for a published (frozen) issue; private, no-store for a draft preview',
    schema: { type: 'string' },
  },
}

const issueRefusals = refusals({
  404: 'No such issue, or a draft the caller may not see / 无此期公报',
  409: "The issue's frozen snapshot is unusable / 公报快照不可用",
})

export const downloadOpenApi = (format: keyof typeof MIME_TYPES): OpenApiOperation => ({
  operationId: `bulletin-download-${format}`,
  summary: bilingualSummary(
    `下载公报（${format === 'pdf' ? 'PDF' : 'Word'}）`,
    `Download the issue as ${format === 'pdf' ? 'PDF' : 'Word (DOCX)'}`,
  ),
  description:
    'Published issues for everyone; drafts (rendered from the current published documents) for bulletin staff only. / 已出版的公报对所有人公开；草稿仅公报编辑可见。',
  parameters: [issueId],
  security: ANYONE,
  responses: {
    200: {
      description: 'The file / 文件',
      headers: fileHeaders,
      content: { [MIME_TYPES[format]]: { schema: { type: 'string', contentMediaType: MIME_TYPES[format] } } },
    },
    ...issueRefusals,
  },
})

export const printOpenApi: OpenApiOperation = {
  operationId: 'bulletin-print',
  summary: bilingualSummary('公报打印版（HTML）', 'The issue as printable HTML (CSS paged media)'),
  parameters: [issueId],
  security: ANYONE,
  responses: {
    200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } },
    ...issueRefusals,
  },
}

export const exportOpenApi: OpenApiOperation = {
  operationId: 'bulletin-export',
  summary: bilingualSummary('导出公报', 'Start an export of the issue'),
  description:
    'Creates an export record and queues the rendering; the record shows progress and then the file. / 创建导出记录并排队生成。',
  parameters: [issueId],
  security: SIGNED_IN,
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: { type: 'object', properties: { format: { enum: ['pdf', 'docx'] } }, required: ['format'] },
      },
    },
  },
  responses: {
    202: jsonContent(
      {
        type: 'object',
        properties: {
          exportId: { type: ['integer', 'string'] },
          jobId: { type: ['integer', 'string'] },
          status: { const: 'queued' },
        },
        required: ['exportId', 'jobId', 'status'],
      },
      'Queued / 已排队',
    ),
    ...refusals({
      400: 'format must be pdf or docx / format 须为 pdf 或 docx',
      403: 'Bulletin staff only / 仅公报编辑',
      404: 'No such issue / 无此期公报',
    }),
  },
}

export const suggestOpenApi: OpenApiOperation = {
  operationId: 'bulletin-suggestions',
  summary: bilingualSummary('公报候选文件', 'Documents to place in the next issue'),
  description:
    'Published, proactive documents dated after the latest published issue (or `since`), oldest first. / 上一期之后发布的主动公开文件。',
  security: SIGNED_IN,
  parameters: [queryParameter('since', { type: 'string', format: 'date' }, 'YYYY-MM-DD')],
  responses: {
    200: jsonContent({
      type: 'object',
      properties: {
        since: { type: ['string', 'null'], format: 'date' },
        documents: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              relationTo: { type: 'string' },
              id: { type: ['integer', 'string'] },
              title: { type: 'string' },
              documentNumber: { type: ['string', 'null'] },
              date: { type: ['string', 'null'], format: 'date' },
            },
          },
        },
      },
      required: ['since', 'documents'],
    }),
    ...refusals({ 400: 'since must be YYYY-MM-DD / since 须为 YYYY-MM-DD', 403: 'Bulletin staff only / 仅公报编辑' }),
  },
}
