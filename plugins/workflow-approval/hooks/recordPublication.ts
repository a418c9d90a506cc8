import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedWorkflowOptions } from '../types'

import { SYSTEM_PUBLISH_CONTEXT_KEY, SYSTEM_PUBLISHED_AT_CONTEXT_KEY } from '../../../src/lib/platform/systemPublish'
import { workingCalendarOf } from '../../../src/lib/platform/workingCalendar'
import { CALENDAR_SLUG, PUBLICATION_FIELD } from '../constants'
import { deadlineStartOf } from '../deadlineStart'
import { countWorkingDays, disclosureDueDate, toLocalDate } from '../workingDays'

type Doc = Record<string, unknown>

/** Now, or for a system publish of history (the seed, an import) the moment it says the document went out. */
const publishedAtOf = (context: Record<string, unknown>): Date => {
  const given = context[SYSTEM_PUBLISHED_AT_CONTEXT_KEY]
  const moment = context[SYSTEM_PUBLISH_CONTEXT_KEY] === true && typeof given === 'string' ? new Date(given) : null
  return moment && !Number.isNaN(moment.getTime()) ? moment : new Date()
}

/**
 * At the moment a document goes live (a final approval, a scheduled or a system publish), records when, the
 * Art. 26 due date counted from the day it was made or changed, the working days it took and whether it was
 * late. Re-saving a published document records nothing new. One read of the calendar; no lock of its own.
 */
export const recordPublication =
  (options: ResolvedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const original = originalDoc as Doc | undefined
    if (data._status !== 'published' || original?._status === 'published') return data
    const now = publishedAtOf(req.context)
    const from = deadlineStartOf({ options, collection: collection.slug, doc: { ...original, ...data } })
    if (from === null) {
      return {
        ...data,
        [PUBLICATION_FIELD]: { publishedOn: now.toISOString(), dueOn: null, workingDaysToPublish: null, isLate: null },
      }
    }
    const calendar = await workingCalendarOf({
      payload: req.payload,
      req,
      slug: CALENDAR_SLUG,
      timeZone: options.timeZone,
    })
    const dueOn = disclosureDueDate({
      dateMade: from,
      calendar,
      timeZone: options.timeZone,
      days: options.deadlineWorkingDays,
    })
    return {
      ...data,
      [PUBLICATION_FIELD]: {
        publishedOn: now.toISOString(),
        dueOn,
        workingDaysToPublish: countWorkingDays({ from, to: now, calendar, timeZone: options.timeZone }),
        isLate: toLocalDate(now, options.timeZone) > dueOn,
      },
    }
  }
