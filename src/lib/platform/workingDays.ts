import { dateTimeFormat, DEFAULT_TIME_ZONE, localDay } from './dates'

/**
 * Working-day arithmetic for disclosure deadlines (Art. 26: proactive items are published within 20
 * working days of being made or changed). A working day is a Monday–Friday that is not a public
 * holiday, or a weekend day the State Council declared a working day (调休 adjusted workday).
 *
 * Days are calendar dates `YYYY-MM-DD` in the office's time zone (Asia/Shanghai by default): an
 * instant is first turned into the date it is there, so 2026-04-30T17:00Z counts as 1 May in Beijing.
 * Pure functions, no I/O: the calendar comes from the caller (the workflow-calendar global).
 */

export type WorkCalendar = {
  /** Public holidays (法定节假日), `YYYY-MM-DD`: days off even when they fall on a weekday. */
  holidays?: readonly string[]
  /** Adjusted workdays (调休上班), `YYYY-MM-DD`: Saturdays or Sundays that are working days. */
  adjustedWorkdays?: readonly string[]
}

/** A calendar date `YYYY-MM-DD`, or an instant (Date or ISO timestamp) to be read in `timeZone`. */
export type DayInput = Date | string

export { DEFAULT_TIME_ZONE }

/** Art. 26 of the 2019 regulation. */
export const DISCLOSURE_DEADLINE_WORKING_DAYS = 20

const DAY_MS = 86_400_000
const datePattern = /^\d{4}-\d{2}-\d{2}$/

/** The calendar date an instant falls on in `timeZone`; a bare `YYYY-MM-DD` is taken as it is. */
export const toLocalDate = (input: DayInput, timeZone: string = DEFAULT_TIME_ZONE): string => {
  if (typeof input === 'string' && datePattern.test(input)) return input
  const instant = typeof input === 'string' ? new Date(input) : input
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date: ${String(input)}`)
  return localDay(instant, timeZone)
}

/** A moment as the office's wall clock reads it, with the year: 2026-12-01 14:30 (the admin's date-time format). */
export const toLocalDateTime = (input: string | Date, timeZone: string = DEFAULT_TIME_ZONE): string => {
  const instant = typeof input === 'string' ? new Date(input) : input
  if (Number.isNaN(instant.getTime())) return String(input)
  // en-CA writes the date as YYYY-MM-DD; h23 keeps midnight 00, not 24.
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}

// Calendar dates as UTC midnights: stepping by 24 h never meets a daylight-saving jump. Day numbers count from
// 1970-01-01, a Thursday; the arithmetic below stays on numbers (a publish counts from a date made years ago).
const toDayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS
const fromDayNumber = (dayNumber: number): string => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10)

/** 0 Sunday … 6 Saturday, as Date#getUTCDay. */
const weekdayOf = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7
const isWeekend = (dayNumber: number) => {
  const weekday = weekdayOf(dayNumber)
  return weekday === 0 || weekday === 6
}

// Mondays to Fridays among the 7 days from a Thursday (day 0), cumulated: Thu Fri Sat Sun Mon Tue Wed.
const WEEKDAYS_THROUGH = [1, 2, 2, 2, 3, 4, 5]
/** Mondays to Fridays from some fixed origin up to and including `dayNumber`: differences count a range. */
const weekdaysThrough = (dayNumber: number) => {
  const weeks = Math.floor(dayNumber / 7)
  return weeks * 5 + WEEKDAYS_THROUGH[dayNumber - weeks * 7]!
}

type CalendarDays = { holidays: Set<number>; adjustedWorkdays: Set<number> }

const toDays = (calendar: WorkCalendar): CalendarDays => ({
  holidays: new Set((calendar.holidays ?? []).map(toDayNumber)),
  adjustedWorkdays: new Set((calendar.adjustedWorkdays ?? []).map(toDayNumber)),
})

const isWorkingDayIn = (dayNumber: number, days: CalendarDays): boolean => {
  if (days.adjustedWorkdays.has(dayNumber)) return true
  if (days.holidays.has(dayNumber)) return false
  return !isWeekend(dayNumber)
}

export const isWorkingDay = ({
  day,
  calendar = {},
  timeZone,
}: {
  day: DayInput
  calendar?: WorkCalendar
  timeZone?: string
}): boolean => isWorkingDayIn(toDayNumber(toLocalDate(day, timeZone)), toDays(calendar))

/**
 * The date on which `days` working days have passed after `from` (the start day itself never
 * counts, whether or not it is a working day). Zero days gives `from`'s date.
 */
export const addWorkingDays = ({
  from,
  days,
  calendar = {},
  timeZone,
}: {
  from: DayInput
  days: number
  calendar?: WorkCalendar
  timeZone?: string
}): string => {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`)
  const calendarDays = toDays(calendar)
  let dayNumber = toDayNumber(toLocalDate(from, timeZone))
  for (let counted = 0; counted < days;) {
    dayNumber += 1
    if (isWorkingDayIn(dayNumber, calendarDays)) counted += 1
  }
  return fromDayNumber(dayNumber)
}

/**
 * Working days after `from` up to and including `to`: how many of the allowance `to` has used.
 * Negative when `to` is before `from`. `countWorkingDays({ from, to: addWorkingDays({ from, days }) })`
 * is `days`.
 */
export const countWorkingDays = ({
  from,
  to,
  calendar = {},
  timeZone,
}: {
  from: DayInput
  to: DayInput
  calendar?: WorkCalendar
  timeZone?: string
}): number => {
  const start = toDayNumber(toLocalDate(from, timeZone))
  const end = toDayNumber(toLocalDate(to, timeZone))
  if (end < start) return -countWorkingDays({ from: to, to: from, calendar, timeZone })
  // Mondays to Fridays in (start, end], then the calendar's exceptions inside it: a holiday on a weekday is one
  // fewer, an adjusted workday on a weekend one more (a day that is both is worked, as isWorkingDay says).
  const { holidays, adjustedWorkdays } = toDays(calendar)
  const isInside = (dayNumber: number) => dayNumber > start && dayNumber <= end
  let count = weekdaysThrough(end) - weekdaysThrough(start)
  for (const day of holidays) if (isInside(day) && !isWeekend(day) && !adjustedWorkdays.has(day)) count -= 1
  for (const day of adjustedWorkdays) if (isInside(day) && isWeekend(day)) count += 1
  return count
}

/** The last day an item made on `dateMade` may be published (Art. 26): 20 working days later. */
export const disclosureDueDate = ({
  dateMade,
  calendar = {},
  timeZone,
  days = DISCLOSURE_DEADLINE_WORKING_DAYS,
}: {
  dateMade: DayInput
  calendar?: WorkCalendar
  timeZone?: string
  days?: number
}): string => addWorkingDays({ from: dateMade, days, calendar, timeZone })

/** Overdue once the office's today is after the due date (publishing on the due date is in time). */
export const isPastDue = ({
  dueDate,
  now = new Date(),
  timeZone,
}: {
  dueDate: string
  now?: Date
  timeZone?: string
}): boolean => toLocalDate(now, timeZone) > dueDate
