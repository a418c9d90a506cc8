import type { PayloadRequest } from 'payload'

import type { Role } from '../../src/lib/platform/roles'

import { asAccessUser } from '../../src/lib/platform/roles'
import { EVENTS_SLUG } from './defaults'
import { EVENT_WRITE_CONTEXT_KEY } from './hooks/appendOnly'
import { collectionConfigOf } from './resolveWorkflow'

type Doc = Record<string, unknown>

/** The newest version of the document (the one the action produced). */
export const latestVersionId = async (req: PayloadRequest, collection: string, id: number | string) => {
  const { docs } = await req.payload.findVersions({
    collection: collection as never,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { id: true } as never,
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
  collection: string
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
  const user = asAccessUser(req.user)
  const titleField = collectionConfigOf(req.payload, collection)?.admin.useAsTitle ?? 'id'
  const previous = req.context[EVENT_WRITE_CONTEXT_KEY]
  req.context[EVENT_WRITE_CONTEXT_KEY] = true
  try {
    return (await req.payload.create({
      collection: EVENTS_SLUG as never,
      data: {
        documentCollection: collection,
        documentId: String(doc.id),
        documentTitle: String(doc[titleField] ?? ''),
        institution: institutionId ?? null,
        action,
        fromStage,
        toStage,
        user: user ? user.id : null,
        userName: (req.user as { name?: string } | null)?.name ?? null,
        userEmail: (req.user as { email?: string } | null)?.email ?? null,
        role,
        comment: comment?.trim() || null,
        version: await latestVersionId(req, collection, doc.id as number | string),
        data: data && Object.keys(data).length > 0 ? data : null,
        onBehalfOf,
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })) as { id: number | string }
  } finally {
    req.context[EVENT_WRITE_CONTEXT_KEY] = previous
  }
}
