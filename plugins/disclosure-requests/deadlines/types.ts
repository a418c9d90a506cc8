import type { DayInput, WorkCalendar } from '../../../src/lib/platform/workingDays'

/**
 * What happened to a request that moves its reply deadline, each on a calendar day `YYYY-MM-DD`:
 * - `correctionRequested` / `correctionReceived`: 补正 (Art. 30); the clock stops at the request and starts
 *   afresh on the day the corrected request arrives.
 * - `extension`: 延期 (Art. 33), recorded once the head of the office approved it and the applicant was told.
 * - `thirdPartySent` / `thirdPartyReplied`: 征求第三方意见 (Art. 32), time not counted.
 * - `feeNotified` / `feePaid`: 收费通知 under the 2021 fee measures, time not counted.
 */
export type RequestStepKind =
  | 'correctionRequested'
  | 'correctionReceived'
  | 'extension'
  | 'thirdPartySent'
  | 'thirdPartyReplied'
  | 'feeNotified'
  | 'feePaid'

export type RequestStep = {
  kind: RequestStepKind
  /** The day it happened, `YYYY-MM-DD` in the office's time zone. */
  on: string
}

/** The regulation a request falls under: the 2019 revision from 2019-05-15, the 2007 one before. */
export type Regulation = '2007' | '2019'

/** Why the clock is stopped with no deadline yet: waiting for the applicant's correction or payment. */
export type PauseReason = 'correction' | 'fee'

export type ReplyDeadlineArgs = {
  /** The day the request was received under Art. 31 (online: submitted; letter: signed for). */
  receivedOn: string
  steps?: readonly RequestStep[]
  /** Holidays and adjusted workdays (the workflow-calendar global). */
  calendar?: WorkCalendar
  /** The office's time zone, for `today` given as an instant (Asia/Shanghai by default). */
  timeZone?: string
}

export type ReplyDeadline = {
  regulation: Regulation
  /** Working days to reply: 20 (2019 Art. 33) or 15 (2007 Art. 24). */
  replyDays: number
  /** Working days one extension adds: 20 or 15. */
  extensionDays: number
  /** The clock counts from the day after this one: receipt, or the last corrected request's receipt. */
  countsFrom: string
  /** The last day to reply without an extension; null while the clock is stopped before reaching it. */
  dueOn: string | null
  /** With an extension: the last day to reply; null while the clock is stopped before reaching it. */
  extendedDueOn?: string | null
  /** Set while the clock is stopped and the deadline not yet reached. */
  pausedBy?: PauseReason
  /**
   * Working days left after `today` up to the deadline (extended when there is one): 0 on the last day,
   * negative once overdue (−1 on the first working day after). While stopped for a correction: the full
   * allowance the corrected request will get; while stopped for a fee: what was left when the notice went.
   */
  workingDaysLeft: (today: DayInput) => number
  /** True once `today` is after the deadline (a reply on the last day is in time); never while stopped. */
  isOverdue: (today: DayInput) => boolean
}
