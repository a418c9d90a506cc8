import type { PayloadRequest, Where } from 'payload'

import type { ColumnRule, ResolvedTimelinessOptions, StaleAfter } from '../types'

import { dayAfter, startOfLocalDay } from '../../../src/lib/platform/dates'
import { relationId } from '../../../src/lib/platform/ids'
import { toLocalDate } from '../../../src/lib/platform/workingDays'

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
  const perRule = await Promise.all(
    options.columns.map(async (rule: ColumnRule) => {
      const fields = options.collections.find((entry) => entry.slug === rule.collection)?.fields
      if (!fields) return []
      const conditions: Where[] = [{ 'publication.publishedOn': { less_than: end } }]
      if (institution !== null) conditions.push({ [fields.institution]: { equals: institution } })
      const { docs } = await req.payload.find({
        collection: rule.collection,
        where: { and: conditions },
        // Only the owner, the kind and the day: this reads every published document of the collection.
        select: {
          [fields.institution]: true,
          ...(fields.genre ? { [fields.genre]: true } : {}),
          publication: true,
        },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const included = new Set(idsOf(rule.includeGenres))
      const excluded = new Set(idsOf(rule.excludeGenres))
      const latest = new Map<number, string>()
      for (const doc of docs.map((entry): Doc => ({ ...entry }))) {
        const genre = fields.genre ? relationId(doc[fields.genre]) : null
        if (rule.includeGenres && (genre === null || !included.has(genre))) continue
        if (rule.excludeGenres && genre !== null && excluded.has(genre)) continue
        const owner = relationId(doc[fields.institution])
        if (owner === null) continue
        const day = toLocalDate(String((doc.publication as Doc).publishedOn), options.timeZone)
        if ((latest.get(owner) ?? '') < day) latest.set(owner, day)
      }
      return [...latest].flatMap(([owner, lastPublishedOn]): StaleColumn[] => {
        const until = freshUntil(lastPublishedOn, rule.staleAfter)
        return until < asOf
          ? [{ institution: owner, kind: rule.kind, lastPublishedOn, staleSince: dayAfter(until) }]
          : []
      })
    }),
  )
  return perRule.flat().sort((a, b) => a.institution - b.institution || a.kind.localeCompare(b.kind))
}
