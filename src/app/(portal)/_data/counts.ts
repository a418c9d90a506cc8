import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { poolOf } from '../../../lib/platform/database/transaction'
import { TIME_ZONE_OFFSET_HOURS } from './dates'

export type PublicItemCounts = {
  institutions: Map<number, number>
  themes: Map<number, number>
  genres: Map<number, number>
  /** By the year the item was made, in the government's time zone (the years `yearRange` filters by). */
  years: Map<number, number>
  total: number
}

type Row = {
  facet: 'institution' | 'theme' | 'genre' | 'year' | 'total'
  key: null | number | string
  count: number | string
}

/**
 * The public condition of `collections/access/content.ts` (`publicWhere` with a disclosure method) in SQL:
 * what an anonymous `find` on disclosure-items reads, published and 主动公开. The integration tests hold
 * the two equal facet by facet.
 */
const isPublicItem = sql`_status = 'published' and disclosure_method = 'proactive'`

/**
 * Counts of the public catalogue per institution, theme, genre and year, and the total, in one statement
 * (one snapshot): the database counts, so the cost does not grow with what Node would have to load.
 * Institutions, themes and genres in one scan with grouping sets (`grouping(x) = 0` marks the rows grouped
 * by x); years as one range count each, so no row pays for a time-zone conversion and every count reads
 * only the public index. Items without a theme, genre or date count in the total only.
 */
export const countPublicItems = async (payload: Payload): Promise<PublicItemCounts> => {
  const offset = sql`make_interval(hours => ${TIME_ZONE_OFFSET_HOURS})`
  const yearOf = (instant: ReturnType<typeof sql>) =>
    sql`extract(year from (${instant} at time zone 'UTC') + ${offset})::int`
  const yearStart = (year: ReturnType<typeof sql>) => sql`make_timestamptz(${year}, 1, 1, 0, 0, 0, 'UTC') - ${offset}`
  const { rows } = await poolOf(payload).execute(sql`
    select case when grouping(institution_id) = 0 then 'institution' when grouping(theme_id) = 0 then 'theme'
        when grouping(genre_id) = 0 then 'genre' else 'total' end as facet,
      coalesce(institution_id, theme_id, genre_id) as key, count(*) as count
    from disclosure_items
    where ${isPublicItem}
    group by grouping sets ((institution_id), (theme_id), (genre_id), ())
    union all
    select 'year', year, (
      select count(*) from disclosure_items
      where ${isPublicItem} and date_made >= ${yearStart(sql`year`)} and date_made < ${yearStart(sql`year + 1`)}
    )
    from generate_series(
      (select ${yearOf(sql`min(date_made)`)} from disclosure_items where ${isPublicItem}),
      (select ${yearOf(sql`max(date_made)`)} from disclosure_items where ${isPublicItem})
    ) as year
  `)
  const counts: PublicItemCounts = {
    institutions: new Map(),
    themes: new Map(),
    genres: new Map(),
    years: new Map(),
    total: 0,
  }
  const into = { institution: counts.institutions, theme: counts.themes, genre: counts.genres, year: counts.years }
  for (const row of rows as unknown as Row[]) {
    const count = Number(row.count)
    if (row.facet === 'total') counts.total = count
    else if (row.key !== null && count > 0) into[row.facet].set(Number(row.key), count)
  }
  return counts
}
