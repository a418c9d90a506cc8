import { localDay } from '../../src/lib/platform/dates'
import { bilingualMessage } from '../../src/lib/platform/i18n/messages'
import { TimelinessError } from './errors'

/** The report's period: calendar days `YYYY-MM-DD` in the office's time zone, both included. */
export type Period = { from: string; to: string }

/** One institution, or every one. */
export type ReportQuery = Period & { institution: number | null }

const datePattern = /^\d{4}-\d{2}-\d{2}$/
const isDay = (value: string) => {
  if (!datePattern.test(value)) return false
  const parsed = new Date(`${value}T00:00:00Z`)
  // 2026-13-01 is no date at all; 2026-02-30 parses, as another day.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
}

const dayParameter = (name: string, value: unknown, fallback: string): string => {
  if (value === undefined || value === null || value === '') return fallback
  if (typeof value !== 'string' || !isDay(value))
    throw new TimelinessError({
      status: 400,
      field: name,
      message: bilingualMessage(`${name}：须为 YYYY-MM-DD 格式的日期`, `${name}: must be a date YYYY-MM-DD`),
    })
  return value
}

/**
 * The period and institution asked for in a query string: `from` and `to` default to this year up to today,
 * `institution` to every institution. Malformed values are a 400 naming the parameter.
 */
export const reportQueryOf = (
  query: Record<string, unknown>,
  { now = new Date(), timeZone }: { now?: Date; timeZone: string },
): ReportQuery => {
  const today = localDay(now, timeZone)
  const from = dayParameter('from', query.from, `${today.slice(0, 4)}-01-01`)
  const to = dayParameter('to', query.to, today)
  if (from > to)
    throw new TimelinessError({
      status: 400,
      field: 'from',
      message: bilingualMessage('from：起始日期不能晚于结束日期', 'from: the period must not start after it ends'),
    })
  const raw = query.institution
  if (raw === undefined || raw === null || raw === '') return { from, to, institution: null }
  const institution = Number(raw)
  if (typeof raw !== 'string' || !Number.isSafeInteger(institution) || institution <= 0)
    throw new TimelinessError({
      status: 400,
      field: 'institution',
      message: bilingualMessage('institution：须为机构编号', 'institution: must be an institution id'),
    })
  return { from, to, institution }
}
