import type { CollectionAfterDeleteHook } from 'payload'

import type { ResolvedPortalOptions } from '../types'

import { transactionOf } from '../../../src/lib/platform/database/transaction'
import { SKIP_PORTAL_CONTEXT_KEY } from '../defaults'
import { deleteIndexRow } from '../search/indexStore'
import { announcePortalChange } from './portalChange'

/** A deleted document leaves the portal in the deleting transaction; one that was never public is no news. */
export const syncOnDelete =
  (options: ResolvedPortalOptions): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req, context }) => {
    if (context[SKIP_PORTAL_CONTEXT_KEY]) return doc
    const db = await transactionOf(req)
    const previous = await deleteIndexRow(db, collection.slug, id)
    if (!previous) return doc
    await announcePortalChange(req, options, {
      type: 'deleted',
      collection: collection.slug,
      id,
      doc,
      institutions: [previous.institution, doc[options.fieldsOf(collection.slug).institution]],
    })
    return doc
  }
