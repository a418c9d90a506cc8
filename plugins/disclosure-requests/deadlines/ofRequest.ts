import type { WorkCalendar } from '../../../src/lib/platform/workingDays'
import type { ReplyDeadline, RequestStep, RequestStepKind } from './types'

import { toLocalDate } from '../../../src/lib/platform/workingDays'
import { RequestStepsError } from './errors'
import { replyDeadline } from './replyDeadline'

/** A request as stored: dates are instants (the admin's day-only dates at local midnight), steps may be partial. */
export type StoredRequest = {
  receivedOn?: null | string
  steps?: ReadonlyArray<{ kind?: null | string; date?: null | string }> | null
}

const deadlineKinds: ReadonlySet<string> = new Set<RequestStepKind>([
  'correctionRequested',
  'correctionReceived',
  'extension',
  'thirdPartySent',
  'thirdPartyReplied',
  'feeNotified',
  'feePaid',
])

/**
 * The reply deadline of a stored request, its dates read as days in the office's time zone; null before it
 * has a receipt date. The reply step itself moves nothing. Throws RequestStepsError (indexed as the stored
 * steps, so a hook can name the row) for steps no request could have.
 */
export const deadlineOfRequest = ({
  request,
  calendar,
  timeZone,
}: {
  request: StoredRequest
  calendar: WorkCalendar
  timeZone: string
}): ReplyDeadline | null => {
  if (!request.receivedOn) return null
  const steps: Array<RequestStep & { storedIndex: number }> = []
  ;(request.steps ?? []).forEach((step, storedIndex) => {
    if (step.kind && deadlineKinds.has(step.kind) && step.date)
      steps.push({ kind: step.kind as RequestStepKind, on: toLocalDate(step.date, timeZone), storedIndex })
  })
  try {
    return replyDeadline({ receivedOn: toLocalDate(request.receivedOn, timeZone), steps, calendar, timeZone })
  } catch (error) {
    // replyDeadline counts only the steps it was given: point back at the stored row.
    if (error instanceof RequestStepsError && error.stepIndex !== null)
      Object.assign(error, { stepIndex: steps[error.stepIndex]?.storedIndex ?? error.stepIndex })
    throw error
  }
}

/** The last day to reply as it stands: the extended one once extended; null while the clock is stopped. */
export const lastDayOf = (deadline: ReplyDeadline): null | string =>
  deadline.extendedDueOn !== undefined ? deadline.extendedDueOn : deadline.dueOn
