/** Slugs of what the plugin adds. */
export const EVENTS_SLUG = 'workflow-events'
export const CALENDAR_SLUG = 'workflow-calendar'
export const NOTIFY_TASK = 'workflowNotify'
export const SCHEDULED_PUBLISH_TASK = 'workflowScheduledPublish'

/** The document field holding the stage; indexed, written only by workflow actions. */
export const STAGE_FIELD = 'workflowStage'

/**
 * `req.context` key set by the plugin's own transitions (a per-call token, so nothing else can
 * pass as one). HTTP clients cannot set `req.context`.
 */
export const TRANSITION_CONTEXT_KEY = 'workflowTransition'

/** `req.context` key set in beforeOperation: whether the write replaces the main (published) row. */
export const WRITES_MAIN_CONTEXT_KEY = 'workflowWritesMain'

/** `req.context` key: the ids whose content edit returned them to the first stage (for the audit log). */
export const RETURNED_CONTEXT_KEY = 'workflowReturnedToDraft'

/** The jobs queue of the plugin's tasks (notifications, scheduled publication). */
export const WORKFLOW_QUEUE = 'workflow'

/** The group recording each publish's date and Art. 26 lateness (fields/publicationFields.ts). */
export const PUBLICATION_FIELD = 'publication'
