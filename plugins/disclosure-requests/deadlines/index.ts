/** Reply deadlines of disclosure requests (依申请公开): pure arithmetic over the working-day calendar. */
export { RequestStepsError } from './errors'
export { replyDeadline } from './replyDeadline'
export { periodsFor, REGULATION_2019_IN_FORCE_FROM, THIRD_PARTY_REPLY_DAYS } from './rules'
export type { PauseReason, Regulation, ReplyDeadline, ReplyDeadlineArgs, RequestStep, RequestStepKind } from './types'
