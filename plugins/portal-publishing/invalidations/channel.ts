import os from 'node:os'

/** The table every invalidation is logged in (migration 20261201_045552_portal_invalidations). */
export const INVALIDATIONS_TABLE = 'portal_invalidations'
/** The NOTIFY channel that announces each logged invalidation to every listening instance. */
export const INVALIDATIONS_CHANNEL = 'portal_invalidations'
/** Rows older than this are pruned: a listener away for longer has long since lost its cache anyway. */
export const INVALIDATIONS_KEPT_FOR = '1 hour'

/**
 * What a notification carries: the row id, its tags unless they would not fit NOTIFY's 8000 bytes, and the
 * announcing process when that process has already applied the tags to its own caches.
 */
export type InvalidationNotice = { id: number; tags?: string[]; appliedBy?: string }

/** This process among all instances (a process id alone repeats across machines). */
export const THIS_PROCESS = `${os.hostname()}:${process.pid}`
