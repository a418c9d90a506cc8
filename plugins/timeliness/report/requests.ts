import type { Where } from 'payload'

import type { PeriodLoad } from './periodLoad'

import { relationId } from '../../../src/lib/platform/ids'
import { workingCalendarOf } from '../../../src/lib/platform/workingCalendar'
import { toLocalDate } from '../../../src/lib/platform/workingDays'
import { countableInPeriod } from '../../disclosure-requests'
import { replyOutcomes } from '../../disclosure-requests'
import { replyDeadline, type RequestStep, RequestStepsError } from '../../disclosure-requests/deadlines'
import { periodBounds } from './publications'

/**
 * The requests side of the dashboard, kept in this one file: replies by outcome in the period, and the requests
 * still open on its last day by the working days they had left then (the stored `dueOn` and the read-time days
 * left are today's, so they are computed here from the receipt and the steps through the requests plugin's own
 * deadline arithmetic, plugins/disclosure-requests/deadlines).
 */

/** Buckets of open requests by working days left: overdue, the last 5 days, 6–10, more, or stopped. */
export const DAYS_LEFT_BUCKETS = ['overdue', '0-5', '6-10', '11+', 'paused'] as const
export type DaysLeftBucket = (typeof DAYS_LEFT_BUCKETS)[number]

export type RequestFigures = {
  /** Replies dated in the period, by outcome value (replyOutcomes), only outcomes that occur. */
  byOutcome: Array<{ outcome: string; count: number }>
  /** Requests not yet replied to on the period's last day, by days left then. */
  byDaysLeft: Record<DaysLeftBucket, number>
}

type Doc = Record<string, unknown>
type StepRow = { kind?: null | string; date?: null | string; outcome?: null | string }

const bucketOf = (daysLeft: number): DaysLeftBucket =>
  daysLeft < 0 ? 'overdue' : daysLeft <= 5 ? '0-5' : daysLeft <= 10 ? '6-10' : '11+'

/** Requests replied to in the period by outcome, and those open at its end by working days left. */
export const loadRequestFigures = async ({
  req,
  options,
  period,
  institution,
}: PeriodLoad): Promise<RequestFigures | null> => {
  if (!req.payload.collections[options.requestsCollection]) return null
  const calendar = await workingCalendarOf({
    payload: req.payload,
    req,
    slug: options.calendarGlobal,
    timeZone: options.timeZone,
  })
  const { start, end } = periodBounds(period, options.timeZone)
  // Only the requests the period can count: received by its end, and open then or replied within it (the rest of
  // the years of requests are neither), read without their applicants' details.
  const conditions: Where[] = [countableInPeriod({ start, end })]
  if (institution !== null) conditions.push({ handlingInstitution: { equals: institution } })
  const { docs } = await req.payload.find({
    collection: options.requestsCollection,
    where: { and: conditions },
    select: { handlingInstitution: true, receivedOn: true, steps: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const outcomes = new Map<string, number>()
  const byDaysLeft = Object.fromEntries(DAYS_LEFT_BUCKETS.map((bucket) => [bucket, 0])) as Record<
    DaysLeftBucket,
    number
  >
  for (const doc of docs.map((entry): Doc => ({ ...entry }))) {
    if (institution !== null && relationId(doc.handlingInstitution) !== institution) continue
    const receivedOn = typeof doc.receivedOn === 'string' ? toLocalDate(doc.receivedOn, options.timeZone) : null
    if (!receivedOn || receivedOn > period.to) continue
    const rows = ((doc.steps ?? []) as StepRow[]).map((step) => ({
      ...step,
      on: step.date ? toLocalDate(step.date, options.timeZone) : null,
    }))
    const reply = rows.find((step) => step.kind === 'reply' && step.on !== null)
    if (reply && reply.on! >= period.from && reply.on! <= period.to && reply.outcome) {
      outcomes.set(reply.outcome, (outcomes.get(reply.outcome) ?? 0) + 1)
    }
    if (reply && reply.on! <= period.to) continue
    const steps = rows.flatMap((step): RequestStep[] =>
      step.kind && step.kind !== 'reply' && step.on && step.on <= period.to
        ? [{ kind: step.kind as RequestStep['kind'], on: step.on }]
        : [],
    )
    try {
      const deadline = replyDeadline({ receivedOn, steps, calendar, timeZone: options.timeZone })
      byDaysLeft[deadline.pausedBy ? 'paused' : bucketOf(deadline.workingDaysLeft(period.to))] += 1
    } catch (err) {
      // Steps the arithmetic refuses (the plugin's validation keeps them out) count nowhere rather than fail the page.
      if (!(err instanceof RequestStepsError)) throw err
    }
  }
  const order = replyOutcomes.map((outcome) => outcome.value as string)
  return {
    byOutcome: [...outcomes]
      .map(([outcome, count]) => ({ outcome, count }))
      .sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome)),
    byDaysLeft,
  }
}
