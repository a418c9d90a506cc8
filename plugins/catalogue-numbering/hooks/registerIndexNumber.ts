import type { CollectionAfterChangeHook } from 'payload'

import { BACKFILL_CONTEXT_KEY, IMPORT_CONTEXT_FLAG, REGISTRY_SLUG } from '../defaults'
import { findRegistered } from '../register'

/**
 * Records a newly given number in the register, in the same transaction. The register's unique index
 * is the backstop across all catalogued collections: a clash fails the publish instead of issuing a
 * duplicate.
 */
export const registerIndexNumber = (): CollectionAfterChangeHook => async ({ collection, doc, previousDoc, req }) => {
  const indexNumber = doc.indexNumber as string | null | undefined
  if (!indexNumber || indexNumber === previousDoc?.indexNumber) return doc
  // `previousDoc` may predate a concurrent publish of this document that registered the number first.
  const registered = await findRegistered(req, indexNumber)
  if (registered?.collectionSlug === collection.slug && registered.documentId === String(doc.id)) return doc
  const source =
    req.context[IMPORT_CONTEXT_FLAG] === true ? 'imported' : req.context[BACKFILL_CONTEXT_KEY] ? 'backfilled' : 'issued'
  await req.payload.create({
    collection: REGISTRY_SLUG as never,
    data: {
      indexNumber,
      collectionSlug: collection.slug,
      documentId: String(doc.id),
      status: 'assigned',
      source,
      assignedAt: new Date().toISOString(),
    } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })
  return doc
}
