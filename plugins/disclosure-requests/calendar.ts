import type { PayloadRequest } from 'payload'

import type { WorkCalendar } from '../../src/lib/platform/workingDays'
import type { ResolvedDisclosureRequestsOptions } from './types'

import { workingCalendarOf } from '../../src/lib/platform/workingCalendar'

const CONTEXT_KEY = 'disclosureRequestsCalendar'

/**
 * The working-day calendar, read once per request: a list of a hundred requests computes a hundred deadlines
 * from the same global. Inside the request's transaction, so a calendar corrected in it counts at once.
 */
export const calendarFor = (req: PayloadRequest, options: ResolvedDisclosureRequestsOptions): Promise<WorkCalendar> => {
  const cached = req.context[CONTEXT_KEY] as Promise<WorkCalendar> | undefined
  if (cached) return cached
  const calendar = workingCalendarOf({
    payload: req.payload,
    req,
    slug: options.calendarGlobal,
    timeZone: options.timeZone,
  })
  req.context[CONTEXT_KEY] = calendar
  return calendar
}
