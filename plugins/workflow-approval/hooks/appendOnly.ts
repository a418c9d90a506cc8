import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { WorkflowForbidden } from '../errors'
import { EVENTS_APPEND_ONLY } from '../messages'

/** `req.context` key the plugin sets when it appends an event; nothing else creates one. */
export const EVENT_WRITE_CONTEXT_KEY = 'workflowEventWrite'

/** Refuses updates always, and creates that do not come from a workflow action. */
export const refuseEventChanges =
  (): CollectionBeforeChangeHook =>
  ({ operation, req, data }) => {
    if (operation === 'create' && req.context[EVENT_WRITE_CONTEXT_KEY] === true) return data
    throw new WorkflowForbidden(EVENTS_APPEND_ONLY)
  }

export const refuseEventDeletes = (): CollectionBeforeDeleteHook => () => {
  throw new WorkflowForbidden(EVENTS_APPEND_ONLY)
}
