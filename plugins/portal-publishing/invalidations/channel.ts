/** The table every invalidation is logged in (migration 20261201_045552_portal_invalidations). */
export const INVALIDATIONS_TABLE = 'portal_invalidations'
/** The NOTIFY channel that announces each logged invalidation to every listening instance. */
export const INVALIDATIONS_CHANNEL = 'portal_invalidations'
/** Rows older than this are pruned: a listener away for longer has long since lost its cache anyway. */
export const INVALIDATIONS_KEPT_FOR = '1 hour'

/** What a notification carries: the row id, and its tags unless they would not fit NOTIFY's 8000 bytes. */
export type InvalidationNotice = { id: number; tags?: string[] }
