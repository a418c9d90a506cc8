import type { Finding, ScanRules, ScanTarget } from '../findings'

import { contextOf, finding, foldText } from './text'

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK_CHARACTERS = '10X98765432'

/** ISO 7064 MOD 11-2, as GB 11643 computes the 18th character of a 公民身份号码. */
export const idCheckCharacter = (first17: string): string => {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!
  return ID_CHECK_CHARACTERS[sum % 11]!
}

/** Born between 1900 and today, on a day the calendar has. */
const isPlausibleBirthDate = (yyyymmdd: string, today: Date): boolean => {
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getTime() <= today.getTime()
  )
}

/** An 18-character 身份证号 with a valid check character and birth date (region codes start with 1–8). */
export const isIdNumber = (candidate: string, today: Date = new Date()): boolean =>
  /^[1-8]\d{16}[\dX]$/i.test(candidate) &&
  idCheckCharacter(candidate) === candidate[17]!.toUpperCase() &&
  isPlausibleBirthDate(candidate.slice(6, 14), today)

/** `1501**********1234`: the first four (the province and prefecture) and last four characters only. */
export const maskIdNumber = (id: string): string => `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`

/** `138****5678`. */
export const maskMobile = (digits: string): string => `${digits.slice(0, 3)}****${digits.slice(7)}`

// Not part of a longer run of digits or letters: a credit code or an implementation code is no id number.
const ID_PATTERN = /(?<![0-9a-z])\d{17}[\dx](?![0-9a-z])/g
// 3-4-4 with optional spaces or hyphens, an optional +86 / 0086 / 86 before it.
const MOBILE_PATTERN = /(?<![0-9a-z+])(?:(?:\+|00)?86[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?![0-9])/g

type Span = { start: number; end: number; masked: string; kind: 'id' | 'mobile' }

const personalDataSpans = (text: string): Span[] => {
  const folded = foldText(text)
  const spans: Span[] = []
  for (const match of folded.matchAll(ID_PATTERN)) {
    if (!isIdNumber(match[0])) continue
    spans.push({ start: match.index, end: match.index + 18, masked: maskIdNumber(match[0].toUpperCase()), kind: 'id' })
  }
  for (const match of folded.matchAll(MOBILE_PATTERN)) {
    const start = match.index
    if (spans.some((span) => start < span.end && span.start < start + match[0].length)) continue
    const digits = `${match[1]}${match[2]}${match[3]}`
    spans.push({ start, end: start + match[0].length, masked: maskMobile(digits), kind: 'mobile' })
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** The text with every digit of every id number and mobile number that the mask hides replaced by `*`. */
const maskSpans = (text: string, spans: Span[]): string => {
  let masked = ''
  let from = 0
  for (const span of spans) {
    masked += text.slice(from, span.start)
    const written = text.slice(span.start, span.end)
    // Keep the separators as written, hide the same digits the masked match hides.
    const keepFirst = span.kind === 'id' ? 4 : 3
    const keepLast = 4
    const digitsTotal = written.replace(/[^0-9xX０-９ｘＸ]/g, '').length
    let seen = 0
    for (const char of written) {
      if (/[0-9xX０-９ｘＸ]/.test(char)) {
        const isPrefix = span.kind === 'mobile' && digitsTotal > 11 && seen < digitsTotal - 11
        const index = span.kind === 'mobile' ? seen - (digitsTotal - 11) : seen
        masked += isPrefix || index < keepFirst || index >= (span.kind === 'id' ? 18 : 11) - keepLast ? char : '*'
        seen++
      } else masked += char
    }
    from = span.end
  }
  return masked + text.slice(from)
}

/**
 * 身份证号 (valid check character, plausible birth date) and mainland mobile numbers. Both block publication;
 * the finding shows them masked, in the match and in the context. Landlines (0470-3204029) are public contact
 * details, not personal data.
 */
export const checkPersonalData = (target: ScanTarget, _rules: ScanRules): Finding[] => {
  const { text, field } = target
  if (!text) return []
  const spans = personalDataSpans(text)
  if (spans.length === 0) return []
  const maskedText = maskSpans(text, spans)
  return spans.map((span) =>
    finding({
      check: 'personalData',
      severity: 'block',
      field,
      match: span.masked,
      context: contextOf(maskedText, span.start, span.end),
      normalisedMatch: span.masked,
      message:
        span.kind === 'id'
          ? { zh: `包含公民身份号码 ${span.masked}`, en: `contains a citizen identity number (${span.masked})` }
          : { zh: `包含手机号码 ${span.masked}`, en: `contains a mobile phone number (${span.masked})` },
    }),
  )
}
