import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { FeedEntry } from './feed'
import type { SitemapEntry } from './sitemap'

import { poolOf } from '../../../src/lib/platform/database/transaction'
import { SITEMAP_MAX_URLS } from './sitemap'

/**
 * Feeds and the sitemap read the search index: it holds exactly what the portal shows (published,
 * 主动公开), so a withdrawn document leaves them in the same transaction that withdraws it.
 */

type FeedQuery = {
  /** A column of the portal: one collection. */
  collection?: string
  /** One institution's documents. */
  institution?: number
  /** @default 50 */
  limit?: number
}

type FeedRow = {
  doc_collection: string
  doc_id: string
  title: string
  url: string
  summary: null | string
  date: Date | string
  created_at: Date | string
  updated_at: Date | string
  institution_name: null | string
}

/** The newest public documents of a column or an institution, for `buildAtomFeed` / `buildRssFeed`. */
export const feedEntries = async (
  payload: Payload,
  { collection, institution, limit = 50 }: FeedQuery = {},
): Promise<FeedEntry[]> => {
  const filters = [
    collection !== undefined ? sql`s.doc_collection = ${collection}` : null,
    institution !== undefined ? sql`s.institution = ${institution}` : null,
  ].filter((filter) => filter !== null)
  const where = filters.length > 0 ? sql`where ${sql.join(filters, sql` and `)}` : sql``
  const { rows } = await poolOf(payload).execute(sql`
    select s.doc_collection, s.doc_id, s.title, s.url, s.summary, s.date, s.created_at, s.updated_at, i.name as institution_name
    from search_index s left join institutions i on i.id = s.institution
    ${where}
    order by s.created_at desc, s.id desc
    limit ${Math.min(Math.max(1, limit), 500)}
  `)
  return (rows as unknown as FeedRow[]).map((row) => ({
    id: `${row.doc_collection}/${row.doc_id}`,
    title: row.title,
    path: row.url,
    summary: row.summary,
    published: new Date(row.created_at).toISOString(),
    updated: new Date(row.updated_at).toISOString(),
    author: row.institution_name,
  }))
}

/** Every public document's portal path with its last change, for `buildSitemap`. */
export const sitemapEntries = async (payload: Payload): Promise<SitemapEntry[]> => {
  const { rows } = await poolOf(payload).execute(sql`
    select url, updated_at from search_index order by id limit ${SITEMAP_MAX_URLS}
  `)
  return (rows as Array<{ url: string; updated_at: Date | string }>).map((row) => ({
    path: row.url,
    lastModified: new Date(row.updated_at).toISOString(),
  }))
}
