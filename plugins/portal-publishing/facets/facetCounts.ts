import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { FacetDimension, FacetFilter } from './params'

import { type Executor, poolOf } from '../../../src/lib/platform/database/transaction'
import { PROACTIVE_DISCLOSURE } from '../../../src/lib/platform/disclosureMethod'
import { VALIDITIES } from '../search/params'
import { foldCatalogueCounts } from './catalogueCounts'
import { FACET_DIMENSIONS } from './params'

/** A composable SQL fragment (drizzle's, through the adapter: drizzle is not a direct dependency). */
type SQL = ReturnType<typeof sql>

export type FacetCount<Value> = { value: Value; count: number }

export type FacetCounts = {
  /** Public documents matching every filter. */
  total: number
  institutions: FacetCount<number>[]
  themes: FacetCount<number>[]
  genres: FacetCount<number>[]
  years: FacetCount<number>[]
  validities: FacetCount<string>[]
}

/**
 * The government's offset from UTC, the one the kept counts' trigger files a year under
 * (migrations/20261202_004500_catalogue_counts.ts) and the portal's `yearRange` selects by.
 */
const UTC_OFFSET_HOURS = 8

/** The public condition of `collections/access/content.ts`, as constants (so a partial or leading index matches). */
const PUBLIC = sql.raw(`_status = 'published' and disclosure_method = '${PROACTIVE_DISCLOSURE}'`)

/** The year of `date_made` in the government's time zone: the trigger's own expression. */
const YEAR_OF = sql.raw(`extract(year from (date_made at time zone 'UTC') + interval '${UTC_OFFSET_HOURS} hours')::int`)

/** The instant a year starts at in the government's time zone (no `Date.UTC`: it maps years below 100 to 19xx). */
const startOfYear = (year: number) => {
  const start = new Date(0)
  start.setUTCFullYear(year, 0, 1)
  return new Date(start.getTime() - UTC_OFFSET_HOURS * 3600_000).toISOString()
}

/** Each dimension's column in `matched` (and in the kept counts' `facet`). */
const KEY: Record<FacetDimension, SQL> = {
  institution: sql.raw('institution_id'),
  theme: sql.raw('theme_id'),
  genre: sql.raw('genre_id'),
  year: sql.raw('year'),
  validity: sql.raw('validity'),
}

/**
 * A filter as a condition on `disclosure_items`, as plain comparisons of the columns (so the indexes leading
 * with them serve it); null where the column is (a document without a theme fails a theme filter).
 */
const conditionOf = (dimension: FacetDimension, filter: Required<FacetFilter>): SQL => {
  switch (dimension) {
    case 'institution':
      return sql`institution_id = any(array(select id from subtree))`
    case 'theme':
      return sql`theme_id = ${filter.theme}`
    case 'genre':
      return sql`genre_id = ${filter.genre}`
    case 'year':
      // A range of the column, not the year's expression: the date indexes serve it.
      return sql`(date_made >= ${startOfYear(filter.year)}::timestamptz and date_made < ${startOfYear(filter.year + 1)}::timestamptz)`
    case 'validity':
      return sql`validity = ${filter.validity}`
  }
}

/** Whether a row passes a filter, true or false (never null). */
const passes = (condition: SQL) => sql`coalesce(${condition}, false)`

/** The filters by how few rows one usually leaves (22 themes, decades of years, a dozen genres, a subtree, 4 validities). */
const NARROWEST_FIRST: FacetDimension[] = ['theme', 'year', 'genre', 'institution', 'validity']

const flag = (dimension: FacetDimension) => sql.raw(`f_${dimension}`)

/** Counts as the database keeps them (catalogue_counts plus the deltas not yet folded), for one facet. */
const keptCounts = (facet: FacetDimension | 'total') => sql`
  select facet, key::text as key, sum(count) as count from (
    select facet, key, count from catalogue_counts where facet = ${facet}
    union all
    select facet, key, delta from catalogue_count_deltas where facet = ${facet}
  ) as kept
  group by facet, key
  having sum(count) > 0`

/**
 * The one statement of a facets request. Faceting: each dimension's counts apply every OTHER filter (what the
 * reader would get by changing that one choice), and `total` applies all of them. So a row counts somewhere
 * only if it fails at most one filter: `matched` reads those rows once (found through the indexes of two of
 * the filters, one of which every such row passes), with a flag per filter, and each dimension groups the
 * rows whose other flags hold. A dimension with no other filter set is the unfiltered catalogue's: read from
 * the kept counts (institution, theme, genre, year, total) or grouped over the public rows by an index
 * (validity, which the kept counts do not hold). One statement, so one snapshot: the counts agree.
 */
export const facetStatement = (filter: FacetFilter): SQL => {
  const set = FACET_DIMENSIONS.filter((dimension) => filter[dimension] !== undefined)
  const conditions = new Map(
    set.map((dimension) => [dimension, conditionOf(dimension, filter as Required<FacetFilter>)]),
  )
  const ctes: SQL[] = []
  if (filter.institution !== undefined) {
    // The institution and the published ones under it, as the portal's tree has them (a hidden office's
    // children are not reached through it); `union` stops on a cycle.
    ctes.push(sql`subtree(id, is_public) as (
      select id, _status = 'published' from institutions where id = ${filter.institution}
      union
      select child.id, true from institutions child join subtree on child.parent_id = subtree.id
      where subtree.is_public and child._status = 'published'
    )`)
  }
  if (set.length > 0) {
    // The two filters most likely to be narrow lead: their indexes find the rows.
    const all = NARROWEST_FIRST.filter((dimension) => conditions.has(dimension)).map((dimension) =>
      conditions.get(dimension)!,
    )
    const within =
      set.length === 1
        ? all[0]!
        : sql`(${all[0]!} or ${all[1]!}) and ${sql.join(
            all.map((condition) => sql`(not ${passes(condition)})::int`),
            sql` + `,
          )} <= 1`
    ctes.push(sql`matched as materialized (
      select institution_id, theme_id, genre_id, validity, ${YEAR_OF} as year,
        ${sql.join(
          set.map((dimension) => sql`${passes(conditions.get(dimension)!)} as ${flag(dimension)}`),
          sql`, `,
        )}
      from disclosure_items
      where ${PUBLIC} and ${within}
    )`)
  }

  const branches = FACET_DIMENSIONS.map((dimension) => {
    const others = set.filter((other) => other !== dimension)
    if (others.length > 0) {
      const key = KEY[dimension]
      return sql`select ${dimension}::text as facet, ${key}::text as key, count(*) as count from matched
        where ${sql.join(others.map(flag), sql` and `)} and ${key} is not null group by ${key}`
    }
    if (dimension === 'validity') {
      return sql`select 'validity' as facet, validity::text as key, count(*) as count from disclosure_items
        where ${PUBLIC} and validity is not null group by validity`
    }
    return keptCounts(dimension)
  })
  const total =
    set.length > 0
      ? sql`select 'total' as facet, null as key, count(*) as count from matched where ${sql.join(set.map(flag), sql` and `)}`
      : keptCounts('total')

  const body = sql.join(
    [...branches, total].map((branch) => sql`(${branch})`),
    sql` union all `,
  )
  return ctes.length > 0 ? sql`with recursive ${sql.join(ctes, sql`, `)} ${body}` : body
}

type Row = { facet: FacetDimension | 'total'; key: string | null; count: number | string }

const byNumber = (list: FacetCount<number>[]) => list.sort((a, b) => a.value - b.value)

/** Reads the facets of a filter (`{}`: the whole public catalogue) in one statement. */
export const readFacetCounts = async (db: Executor, filter: FacetFilter): Promise<FacetCounts> => {
  const { rows } = await db.execute(facetStatement(filter))
  const counts: FacetCounts = { total: 0, institutions: [], themes: [], genres: [], years: [], validities: [] }
  const lists = { institution: counts.institutions, theme: counts.themes, genre: counts.genres, year: counts.years }
  for (const row of rows as unknown as Row[]) {
    const count = Number(row.count)
    if (row.facet === 'total') counts.total = count
    else if (row.facet === 'validity') counts.validities.push({ value: row.key!, count })
    else lists[row.facet].push({ value: Number(row.key), count })
  }
  for (const list of Object.values(lists)) byNumber(list)
  counts.validities.sort((a, b) => VALIDITIES.indexOf(a.value) - VALIDITIES.indexOf(b.value))
  return counts
}

/**
 * The facets for the portal's API. The kept counts' pending deltas are folded first when the statement
 * reads them (no filter, or one), so what it sums stays short.
 */
export const countFacets = async (payload: Payload, filter: FacetFilter): Promise<FacetCounts> => {
  const db = poolOf(payload)
  const set = FACET_DIMENSIONS.filter((dimension) => filter[dimension] !== undefined)
  if (set.length <= 1) await foldCatalogueCounts(db)
  return readFacetCounts(db, filter)
}
