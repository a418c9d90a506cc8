import type { Config, Plugin } from 'payload'

import type { DisclosureRequestsOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { disclosureRequestsCollection } from './collections/disclosureRequests'
import { REQUESTS_QUEUE, resolveOptions } from './defaults'
import { reminderEmailTask } from './jobs/reminderEmailTask'
import { remindersTask } from './jobs/remindersTask'
import { withReplyDocumentsReadable } from './replyDocumentsAccess'

/** How often this instance's runner looks at the `disclosure-requests` queue: a daily check and its e-mails. */
const RUNNER_CRON = '0 * * * * *'
import { formLimitsCollection } from './collections/formLimits'

export type { DisclosureRequestsOptions } from './types'
export type { ReplyOutcome } from './outcomes'
export type { RequestStatus, StepKind } from './requestStatus'
export { REMINDER_EMAIL_TASK, REMINDERS_TASK, REQUESTS_QUEUE, REQUESTS_SLUG } from './defaults'
export { TODAY_CONTEXT } from './hooks/readDaysLeft'
export { countableInPeriod } from './countableInPeriod'
export { replyOutcomes } from './outcomes'
export { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from './trackingCode'
export { FORM_LIMITS_SLUG } from './defaults'
export { applicantTypeOptions } from './fields/applicant'
export { deliveryMethodOptions } from './fields/delivery'
export type { FieldError, FormField, FormValues } from './publicForm/submission'
export type { SubmitOutcome } from './publicForm/submitRequest'
export type { DownloadOutcome, LookupOutcome, TrackedRequest, TrackingKey } from './publicForm/tracking'
export { formChallenge } from './publicForm/challenge'
export { publicFormSettings } from './publicForm/settings'
export { submitRequest } from './publicForm/submitRequest'
export { lookupRequest, replyDocument } from './publicForm/tracking'

/**
 * 依申请公开 (requests for disclosure, Art. 27–45 of the regulation): a register of requests with their applicant,
 * channel, receipt date, handling institution and dated steps up to a reply classified as in the annual report's
 * table 三; a tracking code per request and a status that follows the steps; the reply deadline stored and the
 * working days left read, through the working-day calendar; reminder e-mails to the handling institution's staff
 * before the deadline; reply documents readable by that staff. Needs the institutions and uploads collections
 * and the calendar global before it; place it before readerLanguage(). The portal's side: an online request form
 * guarded by a challenge and a rate limit kept in PostgreSQL, and tracking by code and phone (publicForm/).
 */
export const disclosureRequests =
  (pluginOptions: DisclosureRequestsOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const config = placePlugin(incoming, {
      plugin: 'disclosureRequests',
      collections: [options.institutionsCollection, options.uploadsCollection],
      before: ['readerLanguage'],
    })
    if (!config.globals?.some((global) => global.slug === options.calendarGlobal)) {
      throw new Error(
        `disclosureRequests: the working-day calendar global "${options.calendarGlobal}" (the option calendarGlobal) is missing; place the plugin after the one that adds it (workflowApproval())`,
      )
    }
    const jobs = config.jobs ?? {}
    const withSchema: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          !options.disabled && collection.slug === options.uploadsCollection
            ? withReplyDocumentsReadable(collection, options)
            : collection,
        ),
        disclosureRequestsCollection(options),
        formLimitsCollection(),
      ],
      // Registered even when disabled, so the jobs table's task enum (the schema) stays the same.
      jobs: { ...jobs, tasks: [...(jobs.tasks ?? []), remindersTask(options), reminderEmailTask(options)] },
    }
    if (options.disabled || !options.autoRun || typeof jobs.autoRun === 'function') return withSchema
    // The app's runners (payload.config.ts's shouldAutoRun, exclusive claims) take this queue too; its runner also
    // queues the daily check (Payload schedules a task only from a runner of the task's queue).
    return {
      ...withSchema,
      jobs: {
        ...withSchema.jobs,
        autoRun: [...(jobs.autoRun ?? []), { cron: RUNNER_CRON, queue: REQUESTS_QUEUE, limit: 10 }],
      },
    }
  }
