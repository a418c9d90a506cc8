/**
 * Whether the public sees a document: published and, where the collection has a disclosure method,
 * 主动公开. The same rule as `publicWhere` in collections/access, applied to one stored document.
 */
export const isOnPortal = (doc: Record<string, unknown>): boolean =>
  doc._status === 'published' && (!('disclosureMethod' in doc) || doc.disclosureMethod === 'proactive')
