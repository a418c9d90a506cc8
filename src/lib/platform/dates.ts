/**
 * How dates read and are picked in the admin: with the year, in the order Chinese offices write them
 * (2012-06-15), whatever the admin language; times on the 24-hour clock. Every date field takes one of
 * these (tests/int/collections/admin-dates.spec.ts walks the config).
 */

export const DATE_FORMAT = 'yyyy-MM-dd'

export const DATE_TIME_FORMAT = 'yyyy-MM-dd HH:mm'

/** A date without a time of day (生成日期, 成文日期, a holiday): picked from a calendar, shown as 2012-06-15. */
export const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: DATE_FORMAT } as const

/** A moment (定时发布时间, 冻结时间): shown as 2026-12-01 14:30 in the browser's time zone (Asia/Shanghai there). */
export const dayAndTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: DATE_TIME_FORMAT,
  timeFormat: 'HH:mm',
  timeIntervals: 15,
} as const

/** The office's time zone: the default of every plugin's `timeZone` option and of what has none yet. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * An `Intl.DateTimeFormat`, made once per locale and options: making one costs far more than formatting
 * with it, and the publishing path reads dates in the office's time zone several times per request.
 */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, formatter)
  }
  return formatter
}

/** The calendar date (YYYY-MM-DD) a moment falls on in `timeZone`: the office's "today" for that moment. */
export const localDay = (moment: Date, timeZone: string = DEFAULT_TIME_ZONE): string =>
  // en-CA writes the date as YYYY-MM-DD.
  dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment)

/** How far `timeZone`'s wall clock is ahead of UTC at `moment`, in milliseconds. */
const offsetAt = (moment: Date, timeZone: string): number => {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)!.value)
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return wallClock - Math.floor(moment.getTime() / 1000) * 1000
}

/**
 * The moment a calendar day (YYYY-MM-DD) begins in `timeZone`. The offset is read at the day's noon, so a zone
 * that changes its clocks overnight is still right for the day's working hours (China has no such change).
 */
export const startOfLocalDay = (day: string, timeZone: string = DEFAULT_TIME_ZONE): Date => {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`)
  return new Date(utcMidnight - offsetAt(new Date(utcMidnight + 12 * 3_600_000), timeZone))
}

/** The calendar day after `day` (both YYYY-MM-DD). */
export const dayAfter = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
