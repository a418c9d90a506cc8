import type { Payload } from 'payload'

import { CALENDAR_SLUG } from '../plugins/workflow-approval/constants'
import { toLocalDate } from '../src/lib/platform/workingDays'
import { workingCalendarSeed } from './data/workingCalendar'

type Row = { id?: string | null; date: string; name?: string | null }

const yearOf = (row: Row) => toLocalDate(row.date).slice(0, 4)

/**
 * Fills the 工作日历 global from the State Council's arrangements, one year at a time: a year that already
 * has a row (a holiday or an adjusted workday) belongs to the office and is left exactly as it is, so a
 * re-seed never overwrites a correction made in the admin; only years with no row at all get the package's
 * rows. Removing a year's rows in the admin and re-seeding therefore restores the published arrangement.
 */
export const seedWorkingCalendar = async (payload: Payload, log: (message: string) => void): Promise<void> => {
  const current = await payload.findGlobal({ slug: CALENDAR_SLUG, depth: 0, overrideAccess: true })
  const holidays: Row[] = current.holidays ?? []
  const adjustedWorkdays: Row[] = current.adjustedWorkdays ?? []
  const keptYears = new Set([...holidays, ...adjustedWorkdays].map(yearOf))
  const seed = workingCalendarSeed()
  const missing = (rows: Row[]) => rows.filter((row) => !keptYears.has(yearOf(row)))
  const newHolidays = missing(seed.holidays)
  const newWorkdays = missing(seed.adjustedWorkdays)
  if (newHolidays.length + newWorkdays.length === 0) {
    log(`seed: working-day calendar unchanged (${keptYears.size} years already set)`)
    return
  }
  const byDate = (a: Row, b: Row) => a.date.localeCompare(b.date)
  await payload.updateGlobal({
    slug: CALENDAR_SLUG,
    data: {
      holidays: [...holidays, ...newHolidays].sort(byDate),
      adjustedWorkdays: [...adjustedWorkdays, ...newWorkdays].sort(byDate),
    },
    overrideAccess: true,
    depth: 0,
  })
  const addedYears = new Set([...newHolidays, ...newWorkdays].map(yearOf))
  log(
    `seed: working-day calendar ${newHolidays.length} holidays and ${newWorkdays.length} adjusted workdays for ${addedYears.size} years (kept ${keptYears.size} years already set)`,
  )
}
