/** The kinds of step in a request's life, in the order they usually happen. */
export const stepKinds = [
  'correctionRequested',
  'correctionReceived',
  'extension',
  'thirdPartySent',
  'thirdPartyReplied',
  'feeNotified',
  'feePaid',
  'reply',
] as const

export type StepKind = (typeof stepKinds)[number]

export const requestStatuses = [
  'received',
  'awaitingCorrection',
  'extended',
  'thirdParty',
  'awaitingFee',
  'replied',
] as const

export type RequestStatus = (typeof requestStatuses)[number]

export type StepLike = { kind?: null | string; date?: null | string }

/**
 * Where a request stands, from its steps: replied once a reply is recorded; otherwise waiting on the applicant
 * (a correction, a fee) or on a third party while such a step is open, since the clock stops then; otherwise
 * extended once an extension is recorded; otherwise just received. A correction, third-party consultation or fee
 * notice is closed by the later step that answers it (steps are taken in date order).
 */
export const requestStatusOf = (steps: readonly StepLike[]): { status: RequestStatus; repliedOn: null | string } => {
  const reply = steps.find((step) => step.kind === 'reply')
  if (reply) return { status: 'replied', repliedOn: reply.date ?? null }
  const open = { correction: false, thirdParty: false, fee: false }
  // By date, entry order breaking ties: a step entered late still closes the one it answers.
  const byDate = [...steps].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
  for (const { kind } of byDate) {
    if (kind === 'correctionRequested') open.correction = true
    if (kind === 'correctionReceived') open.correction = false
    if (kind === 'thirdPartySent') open.thirdParty = true
    if (kind === 'thirdPartyReplied') open.thirdParty = false
    if (kind === 'feeNotified') open.fee = true
    if (kind === 'feePaid') open.fee = false
  }
  const status: RequestStatus = open.correction
    ? 'awaitingCorrection'
    : open.fee
      ? 'awaitingFee'
      : open.thirdParty
        ? 'thirdParty'
        : steps.some((step) => step.kind === 'extension')
          ? 'extended'
          : 'received'
  return { status, repliedOn: null }
}
