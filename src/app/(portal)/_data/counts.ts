import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { poolOf } from '../../../lib/database/transaction'
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
  institution_id: null | number | string
  theme_id: null | number | string
  genre_id: null | number | string
  year: null | number | string
  by_institution: number | string
  by_theme: number | string
  by_genre: number | string
  by_year: number | string
  count: number | string
}

/**
 * The public condition of `collections/access/content.ts` (`publicWhere` with a disclosure method) in SQL:
 * what an anonymous `find` on disclosure-items reads, published and 主动公开. The integration tests hold
 * the two equal facet by facet.
 */
const isPublicItem = sql`_status = 'published' and disclosure_method = 'proactive'`

/**
 * Counts of the public catalogue per institution, theme, genre and year, and the total, in one scan with
 * grouping sets: the database counts, so the cost does not grow with what Node would have to load.
 * `grouping(x) = 0` marks the rows of the set grouped by x; items without a theme, genre or date count
 * in the total only.
 */
export const countPublicItems = async (payload: Payload): Promise<PublicItemCounts> => {
  const { rows } = await poolOf(payload).execute(sql`
    select institution_id, theme_id, genre_id, year,
      grouping(institution_id) as by_institution, grouping(theme_id) as by_theme,
      grouping(genre_id) as by_genre, grouping(year) as by_year, count(*) as count
    from (
      select institution_id, theme_id, genre_id,
        extract(year from (date_made at time zone 'UTC') + make_interval(hours => ${TIME_ZONE_OFFSET_HOURS}))::int as year
      from disclosure_items
      where ${isPublicItem}
    ) public_items
    group by grouping sets ((institution_id), (theme_id), (genre_id), (year), ())
  `)
  const counts: PublicItemCounts = { institutions: new Map(), themes: new Map(), genres: new Map(), years: new Map(), total: 0 }
  const add = (into: Map<number, number>, key: Row[keyof Row], count: number) => {
    if (key !== null) into.set(Number(key), count)
  }
  for (const row of rows as unknown as Row[]) {
    const count = Number(row.count)
    if (Number(row.by_institution) === 0) add(counts.institutions, row.institution_id, count)
    else if (Number(row.by_theme) === 0) add(counts.themes, row.theme_id, count)
    else if (Number(row.by_genre) === 0) add(counts.genres, row.genre_id, count)
    else if (Number(row.by_year) === 0) add(counts.years, row.year, count)
    else counts.total = count
  }
  return counts
}
