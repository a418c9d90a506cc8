import type { BilingualText } from '../../../src/lib/platform/labels'
import type { Finding, FindingCheck, FindingSeverity } from '../findings'

import { LONGEST_NUMBER, maskPersonalData } from './personalDataSpans'

/** How many characters either side of a match a finding quotes. */
export const CONTEXT_RADIUS = 20

/**
 * The quoted surroundings of `[start, end)`, whitespace runs shown as one space, personal data masked (a report
 * about a sensitive word must not show the phone number next to it). The masking reads a margin beyond the quote,
 * so a number the quote cuts through is still recognised and masked.
 */
export const contextOf = (text: string, start: number, end: number): string => {
  const from = Math.max(0, start - CONTEXT_RADIUS)
  const to = Math.min(text.length, end + CONTEXT_RADIUS)
  const marginFrom = Math.max(0, from - LONGEST_NUMBER)
  const marginTo = Math.min(text.length, to + LONGEST_NUMBER)
  const masked = maskPersonalData(text.slice(marginFrom, marginTo))
  return masked
    .slice(from - marginFrom, to - marginFrom)
    .replace(/\s+/g, ' ')
    .trim()
}

export const fingerprintOf = (check: FindingCheck, field: string, normalisedMatch: string): string =>
  `${check}:${field}:${normalisedMatch}`

export const finding = (args: {
  check: FindingCheck
  severity: FindingSeverity
  field: string
  match: string
  context: string
  normalisedMatch: string
  message: BilingualText
}): Finding => ({
  check: args.check,
  severity: args.severity,
  field: args.field,
  match: args.match,
  context: args.context,
  fingerprint: fingerprintOf(args.check, args.field, args.normalisedMatch),
  message: args.message,
})
