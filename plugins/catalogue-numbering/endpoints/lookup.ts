import type { Endpoint, PayloadHandler } from 'payload'

import { bilingualMessage } from '../../../src/lib/platform/i18n/messages'
import {
  ANYONE,
  bilingualSummary,
  documented,
  jsonContent,
  pathParameter,
  refusals,
} from '../../../src/lib/platform/openApi'
import { isCollectionSlug } from '../../../src/lib/platform/slugs'
import { findRegistered } from '../register'

type Doc = Record<string, unknown>

const notFound = () =>
  Response.json(
    {
      errors: [
        { message: bilingualMessage('未找到该索引号对应的公开信息', 'no published document has this index number') },
      ],
    },
    { status: 404 },
  )

/**
 * Resolves an index number to its document, for citations and permalinks. Only what the caller may
 * read, and only while published: an unknown, voided, withdrawn or non-public number is a 404.
 */
const lookup =
  (portalPath: string): PayloadHandler =>
  async (req) => {
    // Route params arrive percent-decoded (Payload matches with decodeURIComponent): decoding again
    // would misread a literal "%" and throw on text like "100%", a 500 instead of a 404.
    const params = req.routeParams as { indexNumber?: string; front?: string; back?: string } | undefined
    const indexNumber =
      params?.indexNumber ?? (params?.front && params?.back ? `${params.front}/${params.back}` : undefined)
    if (!indexNumber) return notFound()
    const entry = await findRegistered(req, indexNumber)
    if (!entry || entry.status !== 'assigned') return notFound()
    const collection = entry.collectionSlug
    // The register outlives collections: a number of a collection since removed from the config is not found.
    if (!isCollectionSlug(req.payload, collection)) return notFound()
    const doc = (await req.payload.findByID({
      collection,
      id: entry.documentId,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })) as Doc | null
    if (!doc || doc._status !== 'published') return notFound()
    const titleField = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
    return Response.json({
      indexNumber: entry.indexNumber,
      collection,
      id: doc.id,
      title: doc[titleField],
      url: `${portalPath}/${encodeURIComponent(entry.indexNumber)}`,
    })
  }

/**
 * `GET /api/catalogue/:indexNumber`. Numbers usually contain a slash (`{creditCode}/{yyyy}-{serial}`);
 * a client may encode it (%2F) or not, so both shapes are routed.
 */
const found = jsonContent({
  type: 'object',
  properties: {
    indexNumber: { type: 'string', examples: ['11440300007542818W/2024-00001'] },
    collection: { type: 'string', description: 'The collection holding the document / 所在集合' },
    id: { type: ['integer', 'string'] },
    title: { type: 'string' },
    url: { type: 'string', description: "The document's page on the portal / 门户页面地址" },
  },
  required: ['indexNumber', 'collection', 'id', 'url'],
})

const lookupOperation = (operationId: string, parameters: ReturnType<typeof pathParameter>[]) => ({
  operationId,
  tags: ['catalogue'],
  summary: bilingualSummary('按索引号查找', 'Look up a document by its index number'),
  description:
    'Published documents only; an unknown, voided, withdrawn or non-public number is a 404. / 仅已发布的文档；未知、作废、撤回或不公开的索引号返回 404。',
  parameters,
  security: ANYONE,
  responses: { 200: found, ...refusals({ 404: 'No published document has this number / 无对应的公开信息' }) },
})

const catalogueTag = {
  name: 'catalogue',
  description:
    '索引号：按索引号查找公开信息，补发索引号。 / Index numbers: look documents up by number, backfill numbers.',
}

export const lookupEndpoints = ({ portalPath }: { portalPath: string }): Endpoint[] => [
  documented(
    { path: '/catalogue/:indexNumber', method: 'get', handler: lookup(portalPath) },
    lookupOperation('catalogue-lookup', [
      pathParameter('indexNumber', 'The whole index number, its slash encoded as %2F / 完整索引号，斜杠编码为 %2F'),
    ]),
    catalogueTag,
  ),
  documented(
    { path: '/catalogue/:front/:back', method: 'get', handler: lookup(portalPath) },
    lookupOperation('catalogue-lookup-unencoded', [
      pathParameter('front', 'The part before the slash (the credit code) / 斜杠前部分（统一社会信用代码）'),
      pathParameter('back', 'The part after the slash (`yyyy-serial`) / 斜杠后部分'),
    ]),
    catalogueTag,
  ),
]
