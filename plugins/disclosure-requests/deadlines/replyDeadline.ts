import type { DayInput } from '../../../src/lib/platform/workingDays'
import type { PauseReason, ReplyDeadline, ReplyDeadlineArgs, RequestStep } from './types'

import { addWorkingDays, countWorkingDays, toLocalDate } from '../../../src/lib/platform/workingDays'
import { RequestStepsError } from './errors'
import { periodsFor, THIRD_PARTY_REPLY_DAYS } from './rules'

/** Days after `after` up to and including `through` do not count; `through` null: until further notice. */
type StoppedTime = { after: string; through: string | null; reason?: PauseReason }

const datePattern = /^\d{4}-\d{2}-\d{2}$/
const isDay = (value: string) =>
  datePattern.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
const END_OF_TIME = '9999-12-31'
const minDay = (a: string, b: string) => (a < b ? a : b)
const maxDay = (a: string, b: string) => (a > b ? a : b)

type Indexed = RequestStep & { index: number }

/** Steps in date order; steps on the same day keep the order they were given in. */
const ordered = (steps: readonly RequestStep[], receivedOn: string): Indexed[] => {
  steps.forEach((step, index) => {
    if (!isDay(step.on))
      throw new RequestStepsError(index, `步骤日期「${step.on}」不是有效日期`, `step date "${step.on}" is not a date`)
    if (step.on < receivedOn)
      throw new RequestStepsError(
        index,
        `步骤日期 ${step.on} 早于收到申请日 ${receivedOn}`,
        `step date ${step.on} is before the request was received (${receivedOn})`,
      )
  })
  return steps.map((step, index) => ({ ...step, index })).sort((a, b) => a.on.localeCompare(b.on) || a.index - b.index)
}

type Reading = { countsFrom: string; stopped: StoppedTime[]; extension?: Indexed }

/** Walks the steps into the day the clock counts from, the stretches it stands still, and the extension. */
const readSteps = ({ receivedOn, steps, calendar }: Required<Omit<ReplyDeadlineArgs, 'timeZone'>>): Reading => {
  let countsFrom = receivedOn
  let correctionAsked: Indexed | null = null
  const consultations: Indexed[] = []
  const feeNotices: Indexed[] = []
  const stopped: StoppedTime[] = []
  let extension: Indexed | undefined
  const unmatched = (step: Indexed, zh: string, en: string) => new RequestStepsError(step.index, zh, en)
  // The third party's time stops the clock only up to its 15-working-day limit (2019 Art. 32).
  const consultationEnd = (sent: string) => addWorkingDays({ from: sent, days: THIRD_PARTY_REPLY_DAYS, calendar })

  for (const step of ordered(steps, receivedOn)) {
    switch (step.kind) {
      case 'correctionRequested':
        correctionAsked ??= step
        break
      case 'correctionReceived':
        // Art. 30: the period counts from the day the corrected request is received; time before it is gone.
        if (!correctionAsked)
          throw unmatched(step, '收到补正材料前没有补正通知', 'a corrected request was received but none was asked for')
        countsFrom = step.on
        correctionAsked = null
        break
      case 'extension':
        // Art. 33 (2007: Art. 24): one extension only.
        if (extension)
          throw unmatched(
            step,
            '答复期限只能延长一次（条例第三十三条）',
            'the reply period can be extended only once (Art. 33)',
          )
        extension = step
        break
      case 'thirdPartySent':
        consultations.push(step)
        break
      case 'thirdPartyReplied': {
        const sent = consultations.shift()
        if (!sent) throw unmatched(step, '收到第三方意见前没有征求意见', 'a third party replied but none was consulted')
        // Art. 33 para. 3 (2007: Art. 24 para. 3): the consultation's time is not counted.
        stopped.push({ after: sent.on, through: minDay(step.on, consultationEnd(sent.on)) })
        break
      }
      case 'feeNotified':
        feeNotices.push(step)
        break
      case 'feePaid': {
        const notice = feeNotices.shift()
        if (!notice) throw unmatched(step, '缴费前没有收费通知', 'a fee was paid but none was notified')
        // 2021 fee measures: the time from the notice to payment is not counted (not in DOMAIN.md; verify).
        stopped.push({ after: notice.on, through: step.on })
        break
      }
    }
  }
  // Consultations with no reply yet: the limit is known, so the stretch is too.
  for (const sent of consultations) stopped.push({ after: sent.on, through: consultationEnd(sent.on) })
  // Waiting for the applicant stops the clock until they act.
  if (correctionAsked) stopped.push({ after: correctionAsked.on, through: null, reason: 'correction' })
  for (const notice of feeNotices) stopped.push({ after: notice.on, through: null, reason: 'fee' })
  return { countsFrom, stopped, extension }
}

/**
 * The reply deadline of a disclosure request (依申请公开), in working days from the day after receipt:
 * 2019 Art. 33, 20 + 20 (2007 Art. 24, 15 + 15, for requests received before 2019-05-15), restarted by a
 * correction, with third-party consultation and fee time left out. Pure: the calendar comes from the caller.
 * Throws RequestStepsError for steps no request could have.
 */
export const replyDeadline = ({
  receivedOn,
  steps = [],
  calendar = {},
  timeZone,
}: ReplyDeadlineArgs): ReplyDeadline => {
  if (!isDay(receivedOn))
    throw new RequestStepsError(
      null,
      `收到申请日「${receivedOn}」不是有效日期`,
      `received date "${receivedOn}" is not a date`,
    )
  const { regulation, replyDays, extensionDays } = periodsFor(receivedOn)
  const { countsFrom, stopped, extension } = readSteps({ receivedOn, steps, calendar })
  const relevant = stopped.filter((stretch) => (stretch.through ?? END_OF_TIME) > countsFrom)

  // Overlapping stretches (a consultation during a fee wait) must not be subtracted twice: merge them first.
  const merged = mergeStretches(relevant)
  /** Working days in (from, to] on which the clock stood still. */
  const stoppedIn = (from: string, to: string) =>
    merged.reduce((sum, stretch) => {
      const start = maxDay(from, stretch.after)
      const end = minDay(to, stretch.through)
      return end > start ? sum + countWorkingDays({ from: start, to: end, calendar }) : sum
    }, 0)

  /** Working days of the allowance used from the start through `day`. */
  const used = (day: string) =>
    day > countsFrom ? countWorkingDays({ from: countsFrom, to: day, calendar }) - stoppedIn(countsFrom, day) : 0

  const pause = relevant.filter((stretch) => stretch.through === null).sort((a, b) => a.after.localeCompare(b.after))[0]

  /** The day the `days`-th counted working day falls on, or null when the clock stops before it. */
  const dayOfCount = (days: number): string | null => {
    if (pause && used(pause.after) < days) return null
    // Each stopped working day before the candidate pushes it one working day on; repeat until it holds.
    let due = addWorkingDays({ from: countsFrom, days, calendar })
    for (;;) {
      const next = addWorkingDays({ from: countsFrom, days: days + stoppedIn(countsFrom, due), calendar })
      if (next === due) return due
      due = next
    }
  }

  const dueOn = dayOfCount(replyDays)
  if (extension && dueOn !== null && extension.on > dueOn)
    throw new RequestStepsError(
      extension.index,
      `延期须在答复期限（${dueOn}）届满前决定`,
      `an extension must be decided by the reply deadline (${dueOn})`,
    )
  const allowance = replyDays + (extension ? extensionDays : 0)
  const extendedDueOn = extension ? dayOfCount(allowance) : undefined
  const deadline = extension ? (extendedDueOn ?? null) : dueOn
  const pausedBy = deadline === null ? pause?.reason : undefined
  const day = (today: DayInput) => toLocalDate(today, timeZone)

  return {
    regulation,
    replyDays,
    extensionDays,
    countsFrom,
    dueOn,
    ...(extension ? { extendedDueOn } : {}),
    ...(pausedBy ? { pausedBy } : {}),
    workingDaysLeft: (today) => (pausedBy === 'correction' ? allowance : allowance - used(day(today))),
    isOverdue: (today) => deadline !== null && day(today) > deadline,
  }
}

type Stretch = { after: string; through: string }

const mergeStretches = (stretches: StoppedTime[]): Stretch[] => {
  const sorted = stretches
    .map(({ after, through }) => ({ after, through: through ?? END_OF_TIME }))
    .sort((a, b) => a.after.localeCompare(b.after))
  const merged: Stretch[] = []
  for (const stretch of sorted) {
    const last = merged.at(-1)
    if (last && stretch.after <= last.through) last.through = maxDay(last.through, stretch.through)
    else merged.push({ ...stretch })
  }
  return merged
}
