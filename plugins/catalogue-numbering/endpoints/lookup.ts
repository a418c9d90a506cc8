import type { Endpoint, PayloadHandler } from 'payload'

import { bilingualMessage } from '../../../src/lib/platform/i18n/messages'
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
export const lookupEndpoints = ({ portalPath }: { portalPath: string }): Endpoint[] => [
  { path: '/catalogue/:indexNumber', method: 'get', handler: lookup(portalPath) },
  { path: '/catalogue/:front/:back', method: 'get', handler: lookup(portalPath) },
]
