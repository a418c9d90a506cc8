import type { Endpoint } from 'payload'

import type { ResolvedBulletinOptions } from '../types'

import { dayAfter, startOfLocalDay } from '../../../src/lib/platform/dates'
import { bilingualMessage } from '../../../src/lib/platform/labels'
import { documented } from '../../../src/lib/platform/openApi'
import { publicWhere } from '../../../src/lib/platform/publicDocument'
import { canEditBulletin } from '../access'
import { ISSUES_SLUG } from '../defaults'
import { dateFieldOf, isoDay } from '../sources'
import { suggestOpenApi } from './openApi'

const SUGGESTION_LIMIT = 500

/** YYYY-MM-DD naming a real day: 2024-13-45 and 2024-02-30 have the shape but are no dates. */
const isCalendarDay = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.getUTCFullYear() > 0 && date.toISOString().slice(0, 10) === value
}

/**
 * `GET /api/bulletin-issues/suggestions[?since=YYYY-MM-DD]`: the published, proactive documents dated
 * after the latest published issue's publication date (or `since`), oldest first, for the editor to
 * place. Bulletin staff only.
 */
export const suggestEndpoint = (options: ResolvedBulletinOptions): Endpoint =>
  documented(
    {
      path: '/suggestions',
      method: 'get',
      handler: async (req) => {
        if (!canEditBulletin(req.user)) {
          return Response.json(
            { errors: [{ message: bilingualMessage('仅公报编辑可用', 'bulletin staff only') }] },
            { status: 403 },
          )
        }
        const raw = req.query?.since
        const asked = raw === undefined ? undefined : typeof raw === 'string' ? raw : ''
        if (asked !== undefined && !isCalendarDay(asked)) {
          return Response.json(
            {
              errors: [
                { message: bilingualMessage('since 须为 YYYY-MM-DD', 'since must be YYYY-MM-DD'), field: 'since' },
              ],
            },
            { status: 400 },
          )
        }
        let since = asked ?? null
        if (!since) {
          const { docs } = await req.payload.find({
            collection: ISSUES_SLUG,
            where: { _status: { equals: 'published' } },
            sort: '-publicationDate',
            limit: 1,
            depth: 0,
            overrideAccess: true,
            req,
          })
          since = isoDay((docs[0] as { publicationDate?: string } | undefined)?.publicationDate)
        }
        const documents = []
        for (const collection of options.sources) {
          const dateField = dateFieldOf(collection)
          const { docs } = await req.payload.find({
            collection,
            where: {
              and: [
                publicWhere({ hasDisclosureMethod: true }),
                // After the last issue's day, as the office's calendar reads it.
                ...(since
                  ? [{ [dateField]: { greater_than_equal: startOfLocalDay(dayAfter(since)).toISOString() } }]
                  : []),
              ],
            },
            sort: dateField,
            limit: SUGGESTION_LIMIT,
            depth: 0,
            overrideAccess: true,
            req,
          })
          for (const doc of docs as unknown as Array<Record<string, unknown>>) {
            documents.push({
              relationTo: collection,
              id: doc.id,
              title: doc.title,
              documentNumber: doc.documentNumber ?? null,
              date: isoDay(doc[dateField]),
            })
          }
        }
        documents.sort((a, b) => String(a.date).localeCompare(String(b.date)))
        return Response.json({ since, documents })
      },
    },
    suggestOpenApi,
  )
