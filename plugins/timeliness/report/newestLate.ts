import { sql } from '@payloadcms/db-postgres'

import type { PeriodLoad } from './periodLoad'
import type { Publication } from './publications'

import { isoText, tableOf } from '../../../src/lib/platform/database/tables'
import { transactionOf } from '../../../src/lib/platform/database/transaction'
import { toLocalDate } from '../../../src/lib/platform/workingDays'
import { columnOf } from './columnOf'
import { periodBounds } from './publications'

type Row = {
  id: number | string
  title: null | string
  institution: null | number | string
  dateMade: null | string
  publishedOn: string
  dueOn: null | string
  workingDaysToPublish: null | number | string
}

/**
 * Each institution's `perInstitution` newest late publications of the period, in every catalogue collection: the
 * dashboard's late list, which is an overview (the notice and the report's JSON list every late item). Numbered per
 * institution in PostgreSQL, so a year of a large catalogue (tens of thousands of late items at 1,000,000
 * documents) is never read into the server to show twenty of each. Oldest first, as `loadPublications` returns them.
 */
export const loadNewestLatePublications = async ({
  req,
  options,
  period,
  institution,
  perInstitution,
}: PeriodLoad & { perInstitution: number }): Promise<Publication[]> => {
  const { start, end } = periodBounds(period, options.timeZone)
  const statements = options.collections.map(({ slug, fields }) => {
    const table = tableOf(req, slug)
    const publishedOn = columnOf(req, slug, 'publication_publishedOn')
    const owner = columnOf(req, slug, fields.institution)
    const onlyOwner = institution === null ? sql`` : sql` and ${owner} = ${institution}`
    const dateMade = fields.dateMade ? isoText(columnOf(req, slug, fields.dateMade)) : sql`null`
    return sql`select * from (
        select ${slug}::text as "collection", ${columnOf(req, slug, 'id')} as "id",
          ${columnOf(req, slug, fields.title)} as "title", ${owner} as "institution", ${dateMade} as "dateMade",
          ${isoText(publishedOn)} as "publishedOn", ${isoText(columnOf(req, slug, 'publication_dueOn'))} as "dueOn",
          ${columnOf(req, slug, 'publication_workingDaysToPublish')} as "workingDaysToPublish",
          row_number() over (partition by ${owner} order by ${publishedOn} desc, ${columnOf(req, slug, 'id')} desc) as "rank"
        from ${table}
        where ${columnOf(req, slug, 'publication_isLate')} = true and ${publishedOn} >= ${start} and ${publishedOn} < ${end}${onlyOwner}
      ) as "ranked" where "rank" <= ${perInstitution}`
  })
  if (statements.length === 0) return []
  const db = await transactionOf(req)
  // The partial index of late publications (migration 20261203_070000) serves each: `= true` is its predicate.
  const { rows } = await db.execute(sql.join(statements, sql` union all `))
  const publications = (rows as Array<Row & { collection: string }>).map((row): Publication => ({
    collection: row.collection as Publication['collection'],
    id: row.id,
    title: row.title ?? '',
    institution: row.institution === null ? null : Number(row.institution),
    dateMade: row.dateMade ? toLocalDate(row.dateMade, options.timeZone) : null,
    publishedOn: toLocalDate(row.publishedOn, options.timeZone),
    dueOn: row.dueOn ? toLocalDate(row.dueOn, 'UTC') : null,
    // A number field is `numeric` in PostgreSQL, which the driver returns as text.
    workingDaysToPublish: row.workingDaysToPublish === null ? null : Number(row.workingDaysToPublish),
    isLate: true,
  }))
  // Several collections of one institution: the newest `perInstitution` of them all.
  const byInstitution = new Map<null | number, Publication[]>()
  for (const row of publications) {
    const rows = byInstitution.get(row.institution) ?? []
    rows.push(row)
    byInstitution.set(row.institution, rows)
  }
  const newestFirst = (a: Publication, b: Publication) =>
    b.publishedOn.localeCompare(a.publishedOn) || b.title.localeCompare(a.title)
  return [...byInstitution.values()]
    .flatMap((rows) => rows.sort(newestFirst).slice(0, perInstitution))
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.title.localeCompare(b.title))
}
