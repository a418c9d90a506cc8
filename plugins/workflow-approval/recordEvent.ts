import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Role } from '../../src/lib/platform/roles'

import { EVENTS_SLUG } from './constants'
import { EVENT_WRITE_CONTEXT_KEY } from './hooks/appendOnly'
import { collectionConfigOf } from './resolveWorkflow'

type Doc = Record<string, unknown>

/** The newest version of the document (the one the action produced): one row, no count. */
export const latestVersionId = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) => {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { id: true },
  })
  return docs[0]?.id != null ? String(docs[0].id) : null
}

/** Appends one audit record in the request's transaction. */
export const recordEvent = async ({
  req,
  collection,
  doc,
  institutionId,
  action,
  fromStage,
  toStage,
  role,
  comment,
  data,
  onBehalfOf = null,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  doc: Doc
  institutionId: unknown
  action: string
  fromStage: string | null
  toStage: string
  role: Role | null
  comment?: string
  data?: Record<string, unknown>
  /** The role of a stranded stage whose staff the actor stood in for. */
  onBehalfOf?: Role | null
}) => {
  const user = req.user
  const titleField = collectionConfigOf(req.payload, collection)?.admin.useAsTitle ?? 'id'
  const previous = req.context[EVENT_WRITE_CONTEXT_KEY]
  req.context[EVENT_WRITE_CONTEXT_KEY] = true
  try {
    return await req.payload.create({
      collection: EVENTS_SLUG,
      data: {
        documentCollection: collection,
        documentId: String(doc.id),
        documentTitle: String(doc[titleField] ?? ''),
        institution:
          typeof institutionId === 'number' ? institutionId : institutionId == null ? null : Number(institutionId),
        action,
        fromStage,
        toStage,
        user: user ? user.id : null,
        userName: user?.name ?? null,
        userEmail: user?.email ?? null,
        role,
        comment: comment?.trim() || null,
        version: await latestVersionId(req, collection, doc.id as number | string),
        data: data && Object.keys(data).length > 0 ? data : null,
        onBehalfOf,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
  } finally {
    req.context[EVENT_WRITE_CONTEXT_KEY] = previous
  }
}
