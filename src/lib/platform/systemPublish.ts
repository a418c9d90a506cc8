/**
 * The Local API context for server code that publishes as the system, not as a person: the seed, legacy
 * imports and test setup. The workflow-approval plugin closes every other way to publish (REST, GraphQL,
 * the admin, and Local API calls with or without a user) so that only the final approval publishes; this
 * flag is the one exception. HTTP clients cannot set `req.context`, so it is reachable from code only.
 *
 *   await payload.create({ collection: 'disclosure-items', data: { ..., _status: 'published' }, context: systemPublishContext() })
 *
 * A new object each call: Payload uses the object given as `req.context`, and hooks write into it, so a
 * shared one would carry one operation's notes into the next.
 */
export const SYSTEM_PUBLISH_CONTEXT_KEY = 'systemPublish'

/** With a system publish: the moment the document was really published, for history imported after the fact. */
export const SYSTEM_PUBLISHED_AT_CONTEXT_KEY = 'systemPublishedAt'

/**
 * `publishedAt` (an ISO instant) records a legacy document as published then, not now: its Art. 26 lateness is
 * judged against the day it really went out (the workflow's `publication` record).
 */
export const systemPublishContext = ({ publishedAt }: { publishedAt?: string } = {}): Record<string, unknown> => ({
  [SYSTEM_PUBLISH_CONTEXT_KEY]: true,
  ...(publishedAt ? { [SYSTEM_PUBLISHED_AT_CONTEXT_KEY]: publishedAt } : {}),
})
