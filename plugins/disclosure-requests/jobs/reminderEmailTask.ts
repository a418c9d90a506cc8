import type { TaskConfig } from 'payload'

import type { ResolvedDisclosureRequestsOptions } from '../types'

import { relationId } from '../../../src/lib/platform/ids'
import { hasRole, institutionIdsOf } from '../../../src/lib/platform/roles'
import { REMINDER_EMAIL_TASK, REQUESTS_SLUG } from '../defaults'
import { reminderMessage } from '../reminderMessage'

/**
 * E-mails a deadline reminder to the staff of the request's handling institution: users with a staff role whose
 * institutions include it (the office sees every request in its list and is not mailed for each). A failed send
 * fails the task, which the queue retries, as the workflow's notifications do.
 */
export const reminderEmailTask = (
  options: ResolvedDisclosureRequestsOptions,
): TaskConfig<typeof REMINDER_EMAIL_TASK> => ({
  slug: REMINDER_EMAIL_TASK,
  label: '依申请公开到期提醒邮件 / Disclosure request reminder e-mail',
  retries: 5,
  inputSchema: [
    { name: 'request', type: 'text', required: true },
    { name: 'dueOn', type: 'text', required: true },
    { name: 'workingDaysLeft', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const request = await payload.findByID({
      collection: REQUESTS_SLUG,
      id: input.request,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    const institution = relationId(request?.handlingInstitution)
    // Replied since it was queued: nothing to remind of.
    if (!request || request.status === 'replied' || institution == null) return { output: { sent: 0 } }
    const { docs } = await payload.find({
      collection: options.usersCollection,
      where: { and: [{ roles: { in: options.staffRoles } }, { institutions: { in: [institution] } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const recipients = docs.filter(
      (user) =>
        hasRole(user, ...options.staffRoles) && institutionIdsOf(user).map(String).includes(String(institution)),
    )
    const message = reminderMessage({
      trackingCode: request.trackingCode ?? String(request.id),
      requestedInformation: request.requestedInformation,
      dueOn: input.dueOn,
      workingDaysLeft: input.workingDaysLeft,
      adminPath: `${payload.config.serverURL ?? ''}${payload.config.routes.admin}/collections/${REQUESTS_SLUG}/${request.id}`,
    })
    for (const user of recipients) {
      const email = (user as { email?: null | string }).email
      if (email) await payload.sendEmail({ to: email, ...message })
    }
    return { output: { sent: recipients.length } }
  },
})
