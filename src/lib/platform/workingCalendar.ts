import type { GlobalSlug, Payload, PayloadRequest } from 'payload'

import type { WorkCalendar } from './workingDays'

import { toLocalDate } from './workingDays'

type DatedRows = Array<{ date: string }> | null | undefined

/**
 * A working-day calendar global (holidays and adjusted workdays, one dated row each) as the working-day
 * arithmetic takes it: local dates. Read as the system (the calendar is public), inside the request's
 * transaction when there is one. The workflow's Art. 26 deadlines and the requests' reply deadlines read the
 * same global, each naming it through its own options.
 */
export const workingCalendarOf = async ({
  payload,
  req,
  slug,
  timeZone,
}: {
  payload: Payload
  req?: PayloadRequest
  slug: GlobalSlug
  timeZone: string
}): Promise<Required<WorkCalendar>> => {
  const calendar = (await payload.findGlobal({
    slug,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })) as { holidays?: DatedRows; adjustedWorkdays?: DatedRows }
  const days = (list: DatedRows) => (list ?? []).map((entry) => toLocalDate(entry.date, timeZone))
  return { holidays: days(calendar.holidays), adjustedWorkdays: days(calendar.adjustedWorkdays) }
}
