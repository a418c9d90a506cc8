import type { OpenApiOperation } from '../../../src/lib/platform/openApi'

import {
  ANYONE,
  bilingualSummary,
  jsonContent,
  pathParameter,
  refusals,
  SIGNED_IN,
} from '../../../src/lib/platform/openApi'

const idParameter = pathParameter('id', 'The report id / 年度报告 ID')

export const recomputeOpenApi: OpenApiOperation = {
  operationId: 'annual-reports-recompute',
  summary: bilingualSummary('重新计算年度报告表二、表三', 'Recompute tables 二 and 三 of an annual report'),
  description:
    'While the report is a draft: recomputes tables 二 and 三 from the policies and requests and stores them. An ' +
    'inconsistent table 三 (新收 + 上年结转 ≠ 办结 + 结转下年度 in a column) is refused with a 400 naming the cell. ' +
    'Those who may edit the report only. / 草稿状态下重新计算并保存；表三不平衡时返回 400 并指明单元格。',
  parameters: [idParameter],
  responses: {
    200: jsonContent(
      { type: 'object', properties: { doc: { $ref: '#/components/schemas/annual-reports' } } },
      'The report, with its tables recomputed',
    ),
    ...refusals({
      400: 'Table 三 does not balance (the message names the column and row)',
      401: 'Not signed in',
      403: 'Not allowed to edit this report',
      404: 'No such report',
      409: 'The report is published',
    }),
  },
  security: SIGNED_IN,
}

export const downloadOpenApi = (format: 'pdf' | 'docx'): OpenApiOperation => ({
  operationId: `annual-reports-${format}`,
  summary: bilingualSummary(`下载年度报告（${format.toUpperCase()}）`, `Download an annual report as ${format}`),
  description:
    'The report in the national layout, rendered by the bulletin’s renderers. Published reports to anyone, drafts ' +
    'to those who may read them; anyone else gets a 404. / 已发布的报告人人可下载，草稿仅限有权查看者。',
  parameters: [idParameter],
  responses: {
    200: {
      description: `The ${format.toUpperCase()} file`,
      content: {
        [format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']: {
          schema: { type: 'string', format: 'binary' },
        },
      },
    },
    ...refusals({ 404: 'No such report, or not visible to the caller' }),
  },
  security: ANYONE,
})
