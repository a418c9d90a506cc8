import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { type Executor, poolOf } from '../../../src/lib/platform/database/transaction'

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
  key: number | string
  count: number | string
}

/** Any constant of our own: two instances' folds take turns on it (one of them skips). */
const FOLD_LOCK = 0x6b_6f_75_6e_74

/**
 * Moves the pending deltas into the totals, in one statement (so atomically: a concurrent reader sees
 * either both tables before or both after). Under a transaction-level advisory lock: a fold running
 * elsewhere makes this one a no-op rather than a wait, and two folds never lock the same totals rows in
 * different orders. Deltas of transactions not yet committed are not visible, so they stay for the next.
 * Costs one index-free delete of what is pending: the reader's sum stays short however many publishes.
 */
export const foldCatalogueCounts = async (db: Executor): Promise<void> => {
  await db.execute(sql`
    with locked as (select pg_try_advisory_xact_lock(${FOLD_LOCK}) as ok),
    moved as (
      delete from catalogue_count_deltas where (select ok from locked) returning facet, key, delta
    ),
    summed as (select facet, key, sum(delta) as delta from moved group by facet, key)
    insert into catalogue_counts (facet, key, count)
    select facet, key, delta from summed
    on conflict (facet, key) do update set count = catalogue_counts.count + excluded.count
  `)
}

/**
 * Counts of the public catalogue (published and 主动公开, the public condition of
 * `collections/access/content.ts`) per institution, theme, genre and year, and the total, as kept by the
 * database (migrations/20261202_004500_catalogue_counts.ts): triggers on `disclosure_items` add deltas in
 * every writing transaction; this reads the totals plus the deltas not yet folded, in one statement (one
 * snapshot), so the cost follows the number of facet values, not of items. Items without a theme, genre
 * or date count in the total only.
 */
export const readCatalogueCounts = async (db: Executor): Promise<PublicItemCounts> => {
  const { rows } = await db.execute(sql`
    select facet, key, sum(count) as count from (
      select facet, key, count from catalogue_counts
      union all
      select facet, key, delta from catalogue_count_deltas
    ) as counted
    group by facet, key
    having sum(count) > 0
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
    else into[row.facet]?.set(Number(row.key), count)
  }
  return counts
}

/** The public counts for the portal: the pending deltas folded first, so what each read sums stays short. */
export const countPublicItems = async (payload: Payload): Promise<PublicItemCounts> => {
  const db = poolOf(payload)
  await foldCatalogueCounts(db)
  return readCatalogueCounts(db)
}
