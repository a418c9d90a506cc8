import type { DisclosureRequestsOptions, ResolvedDisclosureRequestsOptions } from './types'

import { DEFAULT_TIME_ZONE } from '../../src/lib/platform/dates'
import { bilingualMessage } from '../../src/lib/platform/i18n/messages'

/** Slug of the collection the plugin adds. */
export const REQUESTS_SLUG = 'disclosure-requests'

/** The jobs queue of the plugin's tasks (the daily deadline check and its e-mails). */
export const REQUESTS_QUEUE = 'disclosure-requests'
export const REMINDERS_TASK = 'disclosureRequestReminders'
export const REMINDER_EMAIL_TASK = 'disclosureRequestReminderEmail'

/** Slug of the public form's flood-guard rows (hidden, system-written). */
export const FORM_LIMITS_SLUG = 'disclosure-request-limits'

export const resolveOptions = (options: DisclosureRequestsOptions): ResolvedDisclosureRequestsOptions => ({
  institutionsCollection: options.institutionsCollection ?? 'institutions',
  uploadsCollection: options.uploadsCollection ?? 'media',
  officeRoles: options.officeRoles ?? ['admin', 'disclosure-office'],
  staffRoles: options.staffRoles ?? ['signer', 'secrecy-reviewer', 'reviewer', 'editor'],
  calendarGlobal: options.calendarGlobal ?? 'workflow-calendar',
  timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  usersCollection: options.usersCollection ?? 'users',
  reminderDays: [...new Set(options.reminderDays ?? [5, 1])].sort((a, b) => a - b),
  reminderCron: options.reminderCron ?? '0 0 8 * * *',
  autoRun: options.autoRun ?? true,
  publicForm: {
    submissionsPerHour: options.publicForm?.submissionsPerHour ?? 10,
    lookupsPerHour: options.publicForm?.lookupsPerHour ?? 60,
    challengeMinutes: options.publicForm?.challengeMinutes ?? 30,
    trustedProxyHops: options.publicForm?.trustedProxyHops ?? 0,
  },
  disabled: options.disabled ?? false,
})

export const OUTCOME_REQUIRED = bilingualMessage(
  '答复必须选择办理结果',
  'a reply needs its outcome (one of the categories of the annual report’s table 三)',
)

export const ONE_EXTENSION = bilingualMessage('延期答复只能一次', 'the reply deadline may be extended only once')

export const ONE_REPLY = bilingualMessage('一件申请只能答复一次', 'a request has only one reply')

export const STEP_BEFORE_RECEIPT = bilingualMessage(
  '办理步骤的日期不能早于收到申请之日',
  'a step cannot be dated before the request was received',
)

export const NOTICE_BEFORE_RECEIPT = bilingualMessage(
  '延期告知日期不能早于收到申请之日',
  'the extension notice cannot be dated before the request was received',
)

export const NOT_OWN_INSTITUTION = bilingualMessage(
  '只能登记由本单位办理的申请',
  'staff may register only requests their own institution handles',
)
