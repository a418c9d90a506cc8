import type { CollectionAfterReadHook } from 'payload'

import type { StoredRequest } from '../deadlines/ofRequest'
import type { ResolvedDisclosureRequestsOptions } from '../types'

import { toLocalDate } from '../../../src/lib/platform/workingDays'
import { calendarFor } from '../calendar'
import { deadlineOfRequest } from '../deadlines/ofRequest'

/**
 * Server code may read requests as of another day (`context: { [TODAY_CONTEXT]: 'YYYY-MM-DD' }`): the reminder
 * task with the day it checks for, tests. Clients cannot set a request's context.
 */
export const TODAY_CONTEXT = 'disclosureRequestsToday'

/**
 * `workingDaysLeft` and `isOverdue` as of today, on every read: they change each working day, so they are
 * computed, not stored. From the steps, not from `dueOn`: during a third-party consultation the days left stand
 * still while the calendar moves on. Nothing for a replied request, or one read without its steps (`select`).
 */
export const readDaysLeft =
  (options: ResolvedDisclosureRequestsOptions): CollectionAfterReadHook =>
  async ({ doc, req, context }) => {
    const request = doc as StoredRequest & { status?: string }
    if (request.status === 'replied' || !request.receivedOn || !Array.isArray(request.steps)) {
      return { ...doc, workingDaysLeft: null, isOverdue: false }
    }
    const today = (context?.[TODAY_CONTEXT] as string | undefined) ?? toLocalDate(new Date(), options.timeZone)
    try {
      const deadline = deadlineOfRequest({
        request,
        calendar: await calendarFor(req, options),
        timeZone: options.timeZone,
      })
      if (!deadline) return doc
      return { ...doc, workingDaysLeft: deadline.workingDaysLeft(today), isOverdue: deadline.isOverdue(today) }
    } catch (error) {
      // Steps stored before a rule existed must not make the request unreadable: the days left stay unknown.
      req.payload.logger.warn({ msg: 'disclosure request: deadline not computable', id: doc.id, err: error })
      return { ...doc, workingDaysLeft: null, isOverdue: false }
    }
  }
