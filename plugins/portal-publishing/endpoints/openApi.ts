import type { OpenApiOperation, OpenApiTag } from '../../../src/lib/platform/openApi'

import { ANYONE, bilingualSummary, jsonContent, queryParameter, refusals } from '../../../src/lib/platform/openApi'
import { REVALIDATE_SIGNATURE_HEADER } from '../revalidate'
import { MAX_LIMIT, VALIDITIES } from '../search/params'

/** The portal's endpoints' descriptions (served at /api/openapi.json), beside the endpoints they describe. */
export const portalTag: OpenApiTag = {
  name: 'portal',
  description: '门户：全文检索、分类统计、缓存失效。 / The portal: full-text search, facet counts, cache expiry.',
}

const positiveInteger = { type: 'integer', minimum: 1 }

const hit = {
  type: 'object',
  properties: {
    collection: { type: 'string' },
    id: { type: 'string' },
    title: { type: 'string' },
    titleHtml: { type: 'string', description: 'HTML-safe, matched terms in <mark> / 已转义，命中词以 <mark> 标出' },
    snippetHtml: { type: 'string', description: 'HTML-safe excerpt around the first match / 已转义的摘要片段' },
    url: { type: 'string' },
    documentNumber: { type: ['string', 'null'], description: '文号' },
    indexNumber: { type: ['string', 'null'], description: '索引号' },
    institution: { type: ['integer', 'null'] },
    theme: { type: ['integer', 'null'] },
    genre: { type: ['integer', 'null'] },
    validity: { type: ['string', 'null'], enum: [...VALIDITIES, null] },
    year: { type: ['integer', 'null'] },
    date: { type: 'string' },
    isExactMatch: { type: 'boolean', description: 'The query equals the 文号 or 索引号' },
    rank: { type: 'number' },
  },
  required: ['collection', 'id', 'title', 'url'],
}

export const searchOpenApi: OpenApiOperation = {
  operationId: 'portal-search',
  summary: bilingualSummary('全文检索', 'Search the published catalogue'),
  description:
    'Words in titles, 文号, 索引号, summaries and bodies; with no `q`, the filtered documents newest first. Unknown parameters are ignored. / 检索标题、文号、索引号、摘要和正文；不带 q 时按日期列出筛选结果。',
  security: ANYONE,
  parameters: [
    queryParameter('q', { type: 'string', maxLength: 100 }, 'The words / 检索词（最多 100 字）'),
    queryParameter('institution', positiveInteger, 'Institution id / 发布机构 ID'),
    queryParameter('theme', positiveInteger, 'Theme category id / 主题分类 ID'),
    queryParameter('genre', positiveInteger, 'Genre category id / 体裁分类 ID'),
    queryParameter('year', { type: 'integer', minimum: 1000, maximum: 9999 }, 'Year, four digits / 年份'),
    queryParameter('validity', { type: 'string', enum: VALIDITIES }, 'Validity / 有效性'),
    queryParameter('collection', { type: 'string' }, 'Only this collection / 仅此集合'),
    queryParameter('page', positiveInteger, 'Page, from 1 / 页码'),
    queryParameter('limit', { ...positiveInteger, maximum: MAX_LIMIT, default: 10 }, `Per page, at most ${MAX_LIMIT}`),
  ],
  responses: {
    200: jsonContent({
      type: 'object',
      properties: {
        docs: { type: 'array', items: hit },
        totalDocs: { type: 'integer' },
        totalIsCapped: { type: 'boolean', description: 'More match than were counted ("1000+")' },
        page: { type: 'integer' },
        limit: { type: 'integer' },
        totalPages: { type: 'integer' },
      },
      required: ['docs', 'totalDocs', 'page', 'limit', 'totalPages'],
    }),
    ...refusals({ 400: 'A parameter is malformed; `data.errors[0].path` names it / 参数有误，data 中注明字段' }),
  },
}

const countsOf = (value: object) => ({
  type: 'array',
  items: {
    type: 'object',
    properties: { value, count: { type: 'integer' } },
    required: ['value', 'count'],
  },
})
const counts = countsOf({ type: 'integer' })

export const facetsOpenApi: OpenApiOperation = {
  operationId: 'portal-facets',
  summary: bilingualSummary('分类统计', 'Facet counts of the published catalogue'),
  description:
    "Counts per institution, theme, genre, year and validity (ids of institutions and categories, years as numbers), and the total, of the published 主动公开 documents. `total` applies every filter; each dimension's counts apply every filter except its own (what changing that one choice would give). An institution filter includes the published institutions under it; `institutions` count each one's own documents. Without filters, read from the counts the database keeps. Unknown parameters are ignored. / 按机构、主题、体裁、年份、有效性统计公开信息数量；total 应用全部筛选，各维度的计数应用除自身以外的筛选。",
  security: ANYONE,
  parameters: [
    queryParameter(
      'institution',
      positiveInteger,
      'Institution id, with the institutions under it / 发布机构 ID（含下级）',
    ),
    queryParameter('theme', positiveInteger, 'Theme category id / 主题分类 ID'),
    queryParameter('genre', positiveInteger, 'Genre category id / 体裁分类 ID'),
    queryParameter(
      'year',
      { type: 'integer', minimum: 1000, maximum: 9999 },
      'Year of dateMade in Beijing time (UTC+8) / 成文年份（北京时间）',
    ),
    queryParameter('validity', { type: 'string', enum: VALIDITIES }, 'Validity / 有效性'),
  ],
  responses: {
    200: jsonContent({
      type: 'object',
      properties: {
        total: { type: 'integer' },
        institutions: counts,
        themes: counts,
        genres: counts,
        years: counts,
        validities: countsOf({ type: 'string', enum: VALIDITIES }),
      },
      required: ['total', 'institutions', 'themes', 'genres', 'years', 'validities'],
    }),
    ...refusals({ 400: 'A parameter is malformed; `data.errors[0].path` names it / 参数有误，data 中注明字段' }),
  },
}

export const revalidateOpenApi: OpenApiOperation = {
  operationId: 'portal-revalidate',
  summary: bilingualSummary('使缓存失效（内部）', 'Expire cache tags (internal)'),
  description:
    "Called by the app's own processes over loopback, signed with the Payload secret; not for clients. / 仅供本系统进程调用。",
  security: [{}],
  parameters: [
    {
      name: REVALIDATE_SIGNATURE_HEADER,
      in: 'header',
      required: true,
      description: 'HMAC-SHA256 of the body with the Payload secret',
      schema: { type: 'string' },
    },
  ],
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: {
            tags: { type: 'array', items: { type: 'string', pattern: '^[\\w:.-]{1,200}$' }, minItems: 1 },
            at: { type: 'integer', description: 'Milliseconds since the epoch; older than 5 minutes is refused' },
          },
          required: ['tags', 'at'],
        },
      },
    },
  },
  responses: {
    200: jsonContent({
      type: 'object',
      properties: { tags: { type: 'array', items: { type: 'string' } }, isExpired: { type: 'boolean' } },
    }),
    ...refusals({
      400: 'Not a JSON object, stale or without tags / 请求体有误或已过期',
      401: 'Bad signature / 签名无效',
    }),
  },
}
