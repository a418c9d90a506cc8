import type { Where } from 'payload'

import { PROACTIVE_DISCLOSURE } from './disclosureMethod'

/**
 * What the public may read, the one rule every door applies: published and, where the collection has a
 * disclosure method, 主动公开 (`proactive`). `publicWhere` is the rule as a query (collection access, the
 * portal's reads, the search reindex); `isPublicDocument` the same rule applied to one stored document
 * (the portal's cache tags, the bulletin's placeable documents).
 */
export const publicWhere = ({ hasDisclosureMethod }: { hasDisclosureMethod: boolean }): Where =>
  hasDisclosureMethod
    ? { and: [{ _status: { equals: 'published' } }, { disclosureMethod: { equals: PROACTIVE_DISCLOSURE } }] }
    : { _status: { equals: 'published' } }

export const isPublicDocument = (doc: Record<string, unknown>): boolean =>
  doc._status === 'published' && (!('disclosureMethod' in doc) || doc.disclosureMethod === PROACTIVE_DISCLOSURE)
