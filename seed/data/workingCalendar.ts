import chineseDays from 'chinese-days/dist/chinese-days.json'

import { day } from '../dates'

/**
 * The State Council's holiday arrangements (放假安排) and adjusted workdays (调休上班), as published in the
 * npm package `chinese-days`, which follows each year's 国务院办公厅 notice. Read from the package's JSON
 * file rather than its functions: those parse and format dates in the process's time zone and return the
 * day before west of UTC (getDayDetail('2024-09-29') says 2024-09-28 under America/Los_Angeles).
 *
 * Each entry is `"English name,中文名,days"`, e.g. `"National Day,国庆节,3"`.
 */
const arrangements = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> }

export type CalendarRow = { date: string; name: string }

/** The holiday's Chinese name: the second of the entry's comma-separated parts. */
const chineseName = (entry: string, date: string): string => {
  const name = entry.split(',')[1]?.trim()
  if (!name) throw new Error(`seed: chinese-days gives no Chinese name for ${date} ("${entry}")`)
  return name
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay()
const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6

const yearOf = (date: string) => Number(date.slice(0, 4))

/** Every year the package has arrangements for (2004 onward in 1.5.x): all the demo data's years and more. */
export const calendarYears = (): number[] =>
  [...new Set(Object.keys(arrangements.holidays).map(yearOf))].sort((a, b) => a - b)

const rows = (entries: Record<string, string>, keep: (date: string) => boolean, suffix: string, years: Set<number>) =>
  Object.entries(entries)
    .filter(([date]) => years.has(yearOf(date)) && keep(date))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, entry]) => ({ date, name: `${chineseName(entry, date)}${suffix}` }))

/**
 * The calendar's rows for `years` as `YYYY-MM-DD` days. Holidays keep only the weekdays: the global lists
 * "weekdays that are days off" and a Saturday inside the National Day week is off anyway. Adjusted
 * workdays are named after the holiday they make up for (国庆节调休), as the global's help text shows.
 */
export const workingCalendarRows = (years: readonly number[] = calendarYears()) => {
  const wanted = new Set(years)
  return {
    holidays: rows(arrangements.holidays, (date) => !isWeekend(date), '', wanted),
    adjustedWorkdays: rows(arrangements.workdays, isWeekend, '调休', wanted),
  }
}

/** The same rows as the global stores its date fields (noon UTC, see seed/dates.ts). */
export const workingCalendarSeed = (years?: readonly number[]) => {
  const { holidays, adjustedWorkdays } = workingCalendarRows(years)
  const stored = (row: CalendarRow) => ({ date: day(row.date), name: row.name })
  return { holidays: holidays.map(stored), adjustedWorkdays: adjustedWorkdays.map(stored) }
}
