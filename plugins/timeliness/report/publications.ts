import type { CollectionSlug, Where } from 'payload'

import type { Period } from '../period'
import type { PeriodLoad } from './periodLoad'

import { dayAfter, startOfLocalDay } from '../../../src/lib/platform/dates'
import { relationId } from '../../../src/lib/platform/ids'
import { toLocalDate } from '../../../src/lib/platform/workingDays'

/** One publication as the workflow recorded it (the document's `publication` group). */
export type Publication = {
  collection: CollectionSlug
  id: number | string
  title: string
  institution: number | null
  /** YYYY-MM-DD, the day the deadline counted from, when the collection has such a field. */
  dateMade: string | null
  /** YYYY-MM-DD in the office's time zone. */
  publishedOn: string
  dueOn: string | null
  workingDaysToPublish: number | null
  isLate: boolean
}

type Doc = Record<string, unknown>

/** The instants that bound a period of office days: from the start of `from` to the start of the day after `to`. */
export const periodBounds = (period: Period, timeZone: string) => ({
  start: startOfLocalDay(period.from, timeZone).toISOString(),
  end: startOfLocalDay(dayAfter(period.to), timeZone).toISOString(),
})

/**
 * Every catalogue document whose (latest) publication falls in the period, with its recorded lateness: the
 * rows the late-publisher report lists and the dashboard's monthly and on-time charts count. Read as the
 * system: the caller checked that the office asks.
 */
export const loadPublications = async ({
  req,
  options,
  period,
  institution,
  isLateOnly = false,
}: PeriodLoad & { isLateOnly?: boolean }): Promise<Publication[]> => {
  const { start, end } = periodBounds(period, options.timeZone)
  const pages = await Promise.all(
    options.collections.map(async ({ slug, fields }) => {
      const conditions: Where[] = [
        { 'publication.publishedOn': { greater_than_equal: start } },
        { 'publication.publishedOn': { less_than: end } },
      ]
      if (isLateOnly) conditions.push({ 'publication.isLate': { equals: true } })
      if (institution !== null) conditions.push({ [fields.institution]: { equals: institution } })
      const { docs } = await req.payload.find({
        collection: slug,
        where: { and: conditions },
        sort: 'publication.publishedOn',
        // Only what a row of the report shows: a period of a large catalogue is thousands of documents with bodies.
        select: {
          [fields.title]: true,
          [fields.institution]: true,
          ...(fields.dateMade ? { [fields.dateMade]: true } : {}),
          publication: true,
        },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return docs
        .map((doc): Doc => ({ ...doc }))
        .map((doc): Publication => {
          const record = (doc.publication ?? {}) as Doc
          const made = fields.dateMade ? doc[fields.dateMade] : null
          return {
            collection: slug,
            id: doc.id as number | string,
            title: String(doc[fields.title] ?? ''),
            institution: (relationId(doc[fields.institution]) as number | null) ?? null,
            dateMade: typeof made === 'string' ? toLocalDate(made, options.timeZone) : null,
            publishedOn: toLocalDate(String(record.publishedOn), options.timeZone),
            dueOn: typeof record.dueOn === 'string' ? toLocalDate(record.dueOn, 'UTC') : null,
            workingDaysToPublish: typeof record.workingDaysToPublish === 'number' ? record.workingDaysToPublish : null,
            isLate: record.isLate === true,
          }
        })
    }),
  )
  return pages.flat().sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.title.localeCompare(b.title))
}
