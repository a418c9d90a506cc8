import type { CollectionAfterDeleteHook } from 'payload'

import { REGISTRY_SLUG } from '../defaults'

/** A deleted document's number stays in the register as voided, so it is never issued again. */
export const voidIndexNumber =
  (): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    if (!doc?.indexNumber) return doc
    await req.payload.update({
      collection: REGISTRY_SLUG,
      where: { and: [{ collectionSlug: { equals: collection.slug } }, { documentId: { equals: String(doc.id) } }] },
      data: { status: 'voided', voidedAt: new Date().toISOString() },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return doc
  }
