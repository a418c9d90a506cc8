import type { CollectionBeforeChangeHook } from 'payload'

import { lockDocument } from '../../../src/lib/platform/database/lockDocument'
import { transactionIdOf } from '../../../src/lib/platform/database/transaction'
import { REQUESTS_SLUG } from '../defaults'

/** Set by the reminder task when it writes `remindersSent` itself (under the request's lock). */
export const REMINDERS_WRITE_CONTEXT = 'disclosureRequestsRemindersWrite'

/**
 * A save keeps the reminders recorded while its form was open: it takes the request's lock (the one the reminder
 * task holds while it records one) and carries over the stored `remindersSent`, not the copy the save began with,
 * so a reminder is never forgotten and sent twice.
 */
export const keepRemindersSent =
  (): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req, context }) => {
    if (operation !== 'update' || !originalDoc?.id || context[REMINDERS_WRITE_CONTEXT]) return data
    if ((await transactionIdOf(req)) === null) return data
    await lockDocument(req, REQUESTS_SLUG, originalDoc.id)
    const stored = await req.payload.findByID({
      collection: REQUESTS_SLUG,
      id: originalDoc.id,
      depth: 0,
      overrideAccess: true,
      select: { remindersSent: true },
      req,
      disableErrors: true,
    })
    return stored ? { ...data, remindersSent: stored.remindersSent ?? [] } : data
  }
