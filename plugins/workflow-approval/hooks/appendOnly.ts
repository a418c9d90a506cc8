import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { WorkflowForbidden } from '../errors'
import { EVENTS_APPEND_ONLY } from '../messages'

/**
 * Refuses every create and update through Payload: the plugin appends events itself, in the action's
 * transaction (recordEvent.ts), so nothing else writes one.
 */
export const refuseEventChanges = (): CollectionBeforeChangeHook => () => {
  throw new WorkflowForbidden(EVENTS_APPEND_ONLY)
}

export const refuseEventDeletes = (): CollectionBeforeDeleteHook => () => {
  throw new WorkflowForbidden(EVENTS_APPEND_ONLY)
}
