import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { ColumnRule, ResolvedTimelinessOptions, StaleAfter } from '../types'

import { tableOf } from '../../../src/lib/platform/database/tables'
import { transactionOf } from '../../../src/lib/platform/database/transaction'
import { dayAfter, startOfLocalDay } from '../../../src/lib/platform/dates'
import { toLocalDate } from '../../../src/lib/platform/workingDays'
import { columnOf } from './columnOf'

/** A portal column (institution × kind) whose newest item is older than its rule allows on the report's last day. */
export type StaleColumn = {
  institution: number
  kind: string
  /** YYYY-MM-DD: the newest item's publication. */
  lastPublishedOn: string
  /** YYYY-MM-DD: the column was due for a new item by this day. */
  staleSince: string
}

type Doc = Record<string, unknown>

/** The last day a column last updated on `day` still counts as fresh: 14 days, or 6 calendar months, later. */
export const freshUntil = (day: string, staleAfter: StaleAfter): string => {
  const date = new Date(`${day}T00:00:00Z`)
  if ('days' in staleAfter) return new Date(date.getTime() + staleAfter.days * 86_400_000).toISOString().slice(0, 10)
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + staleAfter.months, 1))
  // The same day of the month, or the month's last day (31 Aug + 6 months: 28/29 Feb).
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  return target.toISOString().slice(0, 10)
}

/** The genre ids a rule's codes name (one read of the taxonomy for every rule). */
const genreIdsByCode = async (req: PayloadRequest, options: ResolvedTimelinessOptions) => {
  const codes = [
    ...new Set(options.columns.flatMap((rule) => [...(rule.includeGenres ?? []), ...(rule.excludeGenres ?? [])])),
  ]
  if (codes.length === 0) return new Map<string, number>()
  const { docs } = await req.payload.find({
    collection: options.categoriesCollection,
    where: { code: { in: codes } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((doc): Doc => ({ ...doc })).map((doc) => [String(doc.code), Number(doc.id)]))
}

/**
 * Each institution's columns that went without a new item for longer than the national check allows, as of the
 * period's last day: news 2 weeks, notices and policies 6 months (defaults.ts). A column an institution never
 * published in is not listed (the portal shows no such column); one whose newest item is after the day is fresh.
 * One statement per rule: for each institution, its newest matching publication before the day, found walking
 * the (institution, published on) index backwards from the day (migration 20261203_070000_timeliness_indexes), so the cost
 * is the number of institutions, not of documents.
 */
export const loadStaleColumns = async ({
  req,
  options,
  asOf,
  institution,
}: {
  req: PayloadRequest
  options: ResolvedTimelinessOptions
  asOf: string
  institution: number | null
}): Promise<StaleColumn[]> => {
  const genres = await genreIdsByCode(req, options)
  const end = startOfLocalDay(dayAfter(asOf), options.timeZone).toISOString()
  const idsOf = (codes: string[] = []) => codes.flatMap((code) => (genres.has(code) ? [genres.get(code)!] : []))
  const institutions = tableOf(req, options.institutionsCollection)
  const db = await transactionOf(req)
  const perRule = await Promise.all(
    options.columns.map(async (rule: ColumnRule) => {
      const fields = options.collections.find((entry) => entry.slug === rule.collection)?.fields
      if (!fields) return []
      const table = tableOf(req, rule.collection)
      const publishedOn = columnOf(req, rule.collection, 'publication_publishedOn')
      const owner = columnOf(req, rule.collection, fields.institution)
      const genre = fields.genre ? columnOf(req, rule.collection, fields.genre) : null
      const kinds = [
        ...(rule.includeGenres
          ? [genre ? sql`${genre} = any(${sql.param(idsOf(rule.includeGenres))}::int[])` : sql`false`]
          : []),
        ...(rule.excludeGenres && genre
          ? [sql`(${genre} is null or ${genre} <> all(${sql.param(idsOf(rule.excludeGenres))}::int[]))`]
          : []),
      ]
      const onlyOne = institution === null ? sql`` : sql` where ${institutions.id} = ${institution}`
      const { rows } = await db.execute(sql`select "institution", "last" from (
          select ${institutions.id} as "institution",
            (select ${publishedOn} from ${table}
              where ${owner} = ${institutions.id} and ${publishedOn} < ${end}${sql.join(
                kinds.map((kind) => sql` and ${kind}`),
                sql``,
              )}
              order by ${publishedOn} desc limit 1) as "last"
          from ${institutions}${onlyOne}) as newest
        where "last" is not null`)
      return (rows as Array<{ institution: number; last: Date | string }>).flatMap((row): StaleColumn[] => {
        const lastPublishedOn = toLocalDate(new Date(row.last), options.timeZone)
        const until = freshUntil(lastPublishedOn, rule.staleAfter)
        return until < asOf
          ? [{ institution: Number(row.institution), kind: rule.kind, lastPublishedOn, staleSince: dayAfter(until) }]
          : []
      })
    }),
  )
  return perRule.flat().sort((a, b) => a.institution - b.institution || a.kind.localeCompare(b.kind))
}
