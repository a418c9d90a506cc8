import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { IndexRow } from './indexRow'
import type { SearchParams } from './params'

import { poolOf } from '../../../src/lib/platform/database/transaction'
import { DEFAULT_TIME_ZONE } from '../../../src/lib/platform/dates'
import { highlight } from './highlight'
import { boostTsquery, exactKey, queryTerms, requiredTsquery } from './lexemes'
import { MAX_LIMIT } from './params'

/** A match: the index row's public columns, as the row holds them, and how it matched. */
export type SearchHit = Pick<
  IndexRow,
  'title' | 'url' | 'documentNumber' | 'indexNumber' | 'institution' | 'theme' | 'genre' | 'validity' | 'year' | 'date'
> & {
  collection: string
  id: string
  /** HTML-safe: the title with matched terms in `<mark>`. */
  titleHtml: string
  /** HTML-safe: an excerpt of the summary or body around the first match, terms in `<mark>`. */
  snippetHtml: string
  /** The query equals the 文号 or 索引号. */
  isExactMatch: boolean
  rank: number
}

export type SearchResult = {
  docs: SearchHit[]
  /** How many match, counted up to the bound: when `totalIsCapped`, at least this many. */
  totalDocs: number
  /** More match than were counted (`totalDocs` is the bound, shown as "1000+"). */
  totalIsCapped: boolean
  page: number
  limit: number
  totalPages: number
}

type Row = {
  doc_collection: string
  doc_id: string
  title: string
  url: string
  document_number: null | string
  index_number: null | string
  institution: null | number | string
  theme: null | number | string
  genre: null | number | string
  validity: null | string
  year: null | number | string
  date: Date | string
  summary: null | string
  body_text: null | string
  is_exact: boolean
  rank: number | string
  total: number | string
}

/**
 * What one search may cost, whatever the catalogue's size: a query as common as 公开 matches nearly every
 * row of a million, and ranking or counting them all takes seconds.
 * - `rankedWindow`: relevance ranks the newest this-many matches (and every exact 文号/索引号 match); the
 *   older matches follow them newest first, so pages stay one consistent order.
 * - `countUpTo`: matches are counted up to this many; beyond, the total reads "at least" and the pages
 *   end there.
 */
export type SearchBounds = { rankedWindow: number; countUpTo: number }

/** Measured at 1M rows (README, Scale): each matched row checked costs a read of its full-text vector. */
export const SEARCH_BOUNDS: SearchBounds = { rankedWindow: 200, countUpTo: 1_000 }

/**
 * A year as the range of `date` it covers (an index row's `year` is its date's year in the government's
 * time zone, `indexRow.ts`, so the two select the same rows): the newest matches of one year are then read
 * from the date index from that year's end, instead of walking every newer year first (34,000 rows for
 * 通知 in 2023 at 200,000 rows), and the planner estimates one condition, not two it takes as independent.
 */
const yearFilter = (year: number) =>
  sql`date >= make_timestamptz(${year}, 1, 1, 0, 0, 0, ${DEFAULT_TIME_ZONE})
    and date < make_timestamptz(${year + 1}, 1, 1, 0, 0, 0, ${DEFAULT_TIME_ZONE})`

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/**
 * Searches what the portal shows (the index holds only published 主动公开 documents, so every caller,
 * signed in or not, gets public content only). Matching: every bigram of the query's Chinese and every
 * Latin word by prefix; or the whole query equal to a 文号 or 索引号, which ranks first. Ranking: title
 * (A) over 文号/索引号/summary (B) over a match in the body only, boosted by whole words, then the newest first,
 * within the bounds above.
 */
export const searchCatalogue = async (
  payload: Payload,
  params: SearchParams,
  bounds: SearchBounds = SEARCH_BOUNDS,
): Promise<SearchResult> => {
  const limit = Math.min(params.limit ?? 10, MAX_LIMIT)
  const page = params.page ?? 1
  const terms = queryTerms(params.q ?? '')
  const required = requiredTsquery(terms)
  const boost = boostTsquery(terms)
  const key = params.q ? exactKey(params.q) : null

  const filters = [
    params.institution !== undefined ? sql`institution = ${params.institution}` : null,
    params.theme !== undefined ? sql`theme = ${params.theme}` : null,
    params.genre !== undefined ? sql`genre = ${params.genre}` : null,
    params.year !== undefined ? yearFilter(params.year) : null,
    params.validity !== undefined ? sql`validity = ${params.validity}` : null,
    params.collection !== undefined ? sql`doc_collection = ${params.collection}` : null,
  ].filter((filter) => filter !== null)

  const exact = key ? sql`(document_number_key = ${key} or index_number_key = ${key})` : sql`false`
  const matches = required ? sql`search_vector @@ cast(${required} as tsquery)` : null
  // A query with nothing searchable in it (punctuation only) matches nothing; no query lists everything.
  const textCondition = params.q ? (matches ? sql`(${exact} or ${matches})` : exact) : sql`true`
  // Ranked on head_vector (title, 文号, summary): small, so ranking thousands of matches reads no bodies.
  const rank = required
    ? sql`ts_rank(head_vector, cast(${required} as tsquery))${boost ? sql` + ts_rank(head_vector, cast(${boost} as tsquery))` : sql``}`
    : sql`0`

  const where = sql.join([textCondition, ...filters], sql` and `)
  const exactFiltered = key ? sql.join([exact, ...filters], sql` and `) : sql`false`
  const offset = (page - 1) * limit
  // Past the ranked window the order is the date's alone: only then are the older matches read.
  const readsPastWindow = offset + limit > bounds.rankedWindow
  // The window is found on the date index (a common term) or the full-text index then sorted (a rare one),
  // the planner's choice; only its rows are ranked. Titles and bodies are read for the page only. Counting
  // stops one past the bound, so a common term's count costs no more than a rare one's.
  const { rows } = await poolOf(payload).execute(sql`
    with window_rows as materialized (
      select id from search_index where ${where} order by date desc, id desc limit ${bounds.rankedWindow}
    ),
    ranked as (
      -- coalesce: a row with no 文号 compares null, which sorts first in descending order.
      select id, coalesce(${exact}, false) as is_exact, ${rank} as rank, date, 0 as tier
      from search_index
      -- Two index lookups, not one condition with "or": an "or" over two indexes reads the whole table.
      where id in (select id from window_rows union all select id from search_index where ${exactFiltered})
    ),
    older as (
      select id, false as is_exact, 0 as rank, date, 1 as tier
      from search_index
      where ${readsPastWindow ? where : sql`false`} and id not in (select id from ranked)
      order by date desc, id desc
      limit ${readsPastWindow ? offset + limit : 0}
    ),
    page as (
      select * from ranked union all select * from older
      order by tier, is_exact desc, rank desc, date desc, id desc
      limit ${limit} offset ${offset}
    ),
    -- A window short of full holds every match: its size is the count, and the matches are not looked up
    -- again (a whole title's 28 bigrams cost one GIN intersection, not two). Only a full window counts on.
    counted as (
      select case when (select count(*) from window_rows) < ${bounds.rankedWindow}
        then (select count(*) from window_rows)
        else (select count(*) from (select 1 from search_index where ${where} limit ${bounds.countUpTo + 1}) as matched)
      end as total
    )
    select counted.total, s.doc_collection, s.doc_id, s.title, s.url, s.document_number, s.index_number, s.institution,
      s.theme, s.genre, s.validity, s.year, s.date, s.summary, s.body_text, page.is_exact, page.rank
    from counted left join (page join search_index s on s.id = page.id) on true
    order by page.tier, page.is_exact desc, page.rank desc, page.date desc, page.id desc
  `)

  const highlights = terms.highlights
  // One row even for an empty page (it carries the count); a page's rows have a document.
  const all = rows as unknown as Row[]
  const matched = Number(all[0]?.total ?? 0)
  const typed = all.filter((row) => row.doc_id !== null)
  const totalDocs = Math.min(matched, bounds.countUpTo)
  return {
    docs: typed.map((row) => ({
      collection: row.doc_collection,
      id: row.doc_id,
      title: row.title,
      url: row.url,
      documentNumber: row.document_number,
      indexNumber: row.index_number,
      institution: numberOrNull(row.institution),
      theme: numberOrNull(row.theme),
      genre: numberOrNull(row.genre),
      validity: row.validity,
      year: numberOrNull(row.year),
      date: new Date(row.date).toISOString(),
      titleHtml: highlight({ text: row.title, terms: highlights, radius: 200 }),
      snippetHtml: highlight({ text: [row.summary, row.body_text].filter(Boolean).join(' '), terms: highlights }),
      isExactMatch: Boolean(row.is_exact),
      rank: Number(row.rank),
    })),
    totalDocs,
    totalIsCapped: matched > bounds.countUpTo,
    page,
    limit,
    totalPages: Math.ceil(totalDocs / limit),
  }
}
