import { sql } from '@payloadcms/db-postgres'

import type { PeriodLoad } from './periodLoad'

import { tableOf } from '../../../src/lib/platform/database/tables'
import { transactionOf } from '../../../src/lib/platform/database/transaction'
import { startOfLocalDay } from '../../../src/lib/platform/dates'
import { columnOf } from './columnOf'
import { monthsBetween } from './figures'
import { periodBounds } from './publications'

/** The publications of one institution in one month of the period: the dashboard's charts and the notice's totals. */
export type PublicationCount = {
  institution: number | null
  /** YYYY-MM in the office's time zone. */
  month: string
  published: number
  /** Those with an Art. 26 deadline (a date made or changed). */
  withDeadline: number
  /** Those with a deadline that kept it. */
  onTime: number
  late: number
}

/**
 * Every catalogue collection's publications in the period, counted by institution and month in PostgreSQL: one
 * grouped statement over the `publication` columns instead of a row per document (a year of a large catalogue is
 * 100,000s of documents). Months are bucketed by their first instant in the office's time zone, computed here, so
 * the database needs no time-zone data. The same documents `loadPublications` lists, counted.
 */
export const loadPublicationCounts = async ({
  req,
  options,
  period,
  institution,
}: PeriodLoad): Promise<PublicationCount[]> => {
  const { start, end } = periodBounds(period, options.timeZone)
  const months = monthsBetween(period.from, period.to)
  // Month n (1-based) starts at thresholds[n - 1]; the period's start lies in the first.
  const thresholds = months.map((month) => startOfLocalDay(`${month}-01`, options.timeZone).toISOString())
  const statements = options.collections.map(({ slug, fields }) => {
    const table = tableOf(req, slug)
    const publishedOn = columnOf(req, slug, 'publication_publishedOn')
    const dueOn = columnOf(req, slug, 'publication_dueOn')
    const isLate = columnOf(req, slug, 'publication_isLate')
    const owner = columnOf(req, slug, fields.institution)
    const onlyOwner = institution === null ? sql`` : sql` and ${owner} = ${institution}`
    return sql`select ${owner} as "institution",
        width_bucket(${publishedOn}, ${sql.param(thresholds)}::timestamptz[]) as "bucket",
        count(*)::int as "published", count(${dueOn})::int as "withDeadline",
        count(*) filter (where ${dueOn} is not null and ${isLate} is not true)::int as "onTime",
        count(*) filter (where ${isLate})::int as "late"
      from ${table}
      where ${publishedOn} >= ${start} and ${publishedOn} < ${end}${onlyOwner}
      group by 1, 2`
  })
  if (statements.length === 0) return []
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql.join(statements, sql` union all `))
  const byKey = new Map<string, PublicationCount>()
  for (const row of rows as Array<Omit<PublicationCount, 'month'> & { bucket: number }>) {
    const month = months[Math.max(0, row.bucket - 1)]!
    const key = `${row.institution}:${month}`
    const entry = byKey.get(key) ?? {
      institution: row.institution === null ? null : Number(row.institution),
      month,
      published: 0,
      withDeadline: 0,
      onTime: 0,
      late: 0,
    }
    entry.published += row.published
    entry.withDeadline += row.withDeadline
    entry.onTime += row.onTime
    entry.late += row.late
    byKey.set(key, entry)
  }
  return [...byKey.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || (a.institution ?? -1) - (b.institution ?? -1),
  )
}
