import type { Payload, PayloadRequest } from 'payload'

import { CALENDAR_SLUG } from './constants'
import { toLocalDate } from './workingDays'

/**
 * The 工作日历 global as the working-day arithmetic takes it: its holidays and adjusted workdays as local
 * dates. Read as the system (the calendar is public), inside the request's transaction when there is one.
 */
export const workingCalendarOf = async (
  { payload, req }: { payload: Payload; req?: PayloadRequest },
  timeZone: string,
) => {
  const calendar = await payload.findGlobal({
    slug: CALENDAR_SLUG,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  const days = (list: Array<{ date: string }> | null | undefined) =>
    (list ?? []).map((entry) => toLocalDate(entry.date, timeZone))
  return { holidays: days(calendar.holidays), adjustedWorkdays: days(calendar.adjustedWorkdays) }
}
