import type { GlobalSlug, Payload, PayloadRequest } from 'payload'

import type { WorkCalendar } from './workingDays'

import { toLocalDate } from './workingDays'

type DatedRows = Array<{ date: string }> | null | undefined

type Calendar = Required<WorkCalendar>
type Kept = { updatedAt: string; timeZone: string; calendar: Calendar }

// Per Payload instance (tests run several in one process), per global: the calendar as last read, and the
// updatedAt it had. A final approval reads the calendar for its Art. 26 deadline; rebuilding it from the global's
// rows (each dated row through Payload's read hooks) cost more than the rest of the deadline arithmetic.
const kept = new WeakMap<Payload, Map<string, Kept>>()

/**
 * A working-day calendar global (holidays and adjusted workdays, one dated row each) as the working-day
 * arithmetic takes it: local dates. Read as the system (the calendar is public), inside the request's
 * transaction when there is one. The workflow's Art. 26 deadlines and the requests' reply deadlines read the
 * same global, each naming it through its own options.
 *
 * One statement when the global has not changed since this process last read it: only its updatedAt is read
 * and the calendar kept from then is used. Every instance checks against the database, so an edit made
 * through another instance is used from the next read on.
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
}): Promise<Calendar> => {
  const inTransaction = req ? { req } : {}
  const ofInstance = kept.get(payload) ?? new Map<string, Kept>()
  kept.set(payload, ofInstance)
  const previous = ofInstance.get(slug)
  if (previous && previous.timeZone === timeZone) {
    const { updatedAt } = (await payload.findGlobal({
      slug,
      depth: 0,
      overrideAccess: true,
      select: { updatedAt: true },
      ...inTransaction,
    })) as { updatedAt?: string }
    if (updatedAt && updatedAt === previous.updatedAt) return previous.calendar
  }
  const global = (await payload.findGlobal({ slug, depth: 0, overrideAccess: true, ...inTransaction })) as {
    holidays?: DatedRows
    adjustedWorkdays?: DatedRows
    updatedAt?: string
  }
  const days = (list: DatedRows) => (list ?? []).map((entry) => toLocalDate(entry.date, timeZone))
  const calendar = { holidays: days(global.holidays), adjustedWorkdays: days(global.adjustedWorkdays) }
  // A global never saved has no updatedAt: nothing to compare with, so it is read whole every time.
  if (global.updatedAt) ofInstance.set(slug, { updatedAt: global.updatedAt, timeZone, calendar })
  return calendar
}
