import type { GlobalSlug, Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { WorkCalendar } from './workingDays'

import { arrayTableOf, isoText } from './database/tables'
import { poolOf, transactionOf } from './database/transaction'
import { toLocalDate } from './workingDays'

type Calendar = Required<WorkCalendar>

// The last calendar built, by the rows it was built from: a final approval reads the calendar for its Art. 26
// deadline, and turning some 400 dated rows into local dates again each time cost more than the arithmetic.
let lastBuilt: { key: string; calendar: Calendar } | undefined

/**
 * A working-day calendar global (holidays and adjusted workdays, one dated row each) as the working-day
 * arithmetic takes it: local dates. Read as the system (the calendar is public), inside the request's
 * transaction when there is one. The workflow's Art. 26 deadlines and the requests' reply deadlines read the
 * same global, each naming it through its own options.
 *
 * One statement over the two lists' tables, not the Local API's read of the global (which runs every row
 * through its read hooks): at a publish, that read and a day-by-day count were a tenth of the server's time.
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
  const holidays = arrayTableOf({ payload }, slug, 'holidays')
  const adjusted = arrayTableOf({ payload }, slug, 'adjustedWorkdays')
  const db = req ? await transactionOf(req) : poolOf(payload)
  const { rows } = await db.execute(sql`
    select 'h' as "list", ${isoText(holidays.date!)} as "date" from ${holidays}
    union all
    select 'a', ${isoText(adjusted.date!)} from ${adjusted}`)
  const listed = rows as Array<{ list: 'a' | 'h'; date: null | string }>
  const key = `${timeZone}\n${listed.map((row) => `${row.list}${row.date}`).join('\n')}`
  if (lastBuilt?.key === key) return lastBuilt.calendar
  const days = (list: 'a' | 'h') =>
    listed.flatMap((row) => (row.list === list && row.date ? [toLocalDate(row.date, timeZone)] : []))
  const calendar = { holidays: days('h'), adjustedWorkdays: days('a') }
  lastBuilt = { key, calendar }
  return calendar
}
