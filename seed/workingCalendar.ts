import type { Payload } from 'payload'

import { CALENDAR_SLUG } from '../plugins/workflow-approval/constants'
import { toLocalDate } from '../src/lib/platform/workingDays'
import { workingCalendarSeed } from './data/workingCalendar'

type Row = { id?: string | null; date: string; name?: string | null }
type CalendarRows = { holidays?: Row[] | null; adjustedWorkdays?: Row[] | null }

const yearOf = (row: Row) => toLocalDate(row.date).slice(0, 4)
const byDate = (a: Row, b: Row) => toLocalDate(a.date).localeCompare(toLocalDate(b.date))

/**
 * The calendar with the published arrangement added for every year that has no row yet. A year with any
 * row (a holiday or an adjusted workday) belongs to the office and is kept exactly as it is, so a re-seed
 * never overwrites a correction made in the admin; clearing a year's rows and re-seeding restores the
 * published arrangement. `added` is null when there is nothing to add.
 */
export const mergeWorkingCalendar = (current: CalendarRows, seed: { holidays: Row[]; adjustedWorkdays: Row[] }) => {
  const holidays = current.holidays ?? []
  const adjustedWorkdays = current.adjustedWorkdays ?? []
  const keptYears = new Set([...holidays, ...adjustedWorkdays].map(yearOf))
  const missing = (rows: Row[]) => rows.filter((row) => !keptYears.has(yearOf(row)))
  const newHolidays = missing(seed.holidays)
  const newWorkdays = missing(seed.adjustedWorkdays)
  const addedYears = new Set([...newHolidays, ...newWorkdays].map(yearOf))
  return {
    keptYears: [...keptYears].sort(),
    addedYears: [...addedYears].sort(),
    data:
      addedYears.size === 0
        ? null
        : {
            holidays: [...holidays, ...newHolidays].sort(byDate),
            adjustedWorkdays: [...adjustedWorkdays, ...newWorkdays].sort(byDate),
          },
  }
}

/** Fills the 工作日历 global from the State Council's arrangements (chinese-days), one year at a time. */
export const seedWorkingCalendar = async (payload: Payload, log: (message: string) => void): Promise<void> => {
  const current = await payload.findGlobal({ slug: CALENDAR_SLUG, depth: 0, overrideAccess: true })
  const { keptYears, addedYears, data } = mergeWorkingCalendar(current, workingCalendarSeed())
  if (!data) {
    log(`seed: working-day calendar unchanged (${keptYears.length} years already set)`)
    return
  }
  await payload.updateGlobal({ slug: CALENDAR_SLUG, data, overrideAccess: true, depth: 0 })
  log(
    `seed: working-day calendar filled for ${addedYears.length} years, ${addedYears[0]}–${addedYears.at(-1)} (kept ${keptYears.length} years already set)`,
  )
}
