import { foldText } from './fold'

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

/** The longest personal-data number as written: `+86 138-1234-5678`, 17 characters; an id has 18. */
export const LONGEST_NUMBER = 18

/** One id or mobile number in a text: where it stands, its masked form, and which written characters the mask hides. */
export type PersonalDataSpan = {
  start: number
  end: number
  kind: 'id' | 'mobile'
  masked: string
  /** Indexes (into the text) of the characters the masked form hides. */
  hidden: number[]
}

/** Indexes of the digits among `[start, end)` of the folded text, the number's own digits last. */
const digitIndexes = (folded: string, start: number, end: number): number[] => {
  const indexes: number[] = []
  for (let i = start; i < end; i++) if (/[0-9x]/.test(folded[i]!)) indexes.push(i)
  return indexes
}

/** Every id number (valid check character, plausible birth date) and mainland mobile number, in reading order. */
export const personalDataSpans = (text: string): PersonalDataSpan[] => {
  const folded = foldText(text)
  const spans: PersonalDataSpan[] = []
  for (const match of folded.matchAll(ID_PATTERN)) {
    if (!isIdNumber(match[0])) continue
    const start = match.index
    spans.push({
      start,
      end: start + 18,
      kind: 'id',
      masked: maskIdNumber(match[0].toUpperCase()),
      hidden: digitIndexes(folded, start, start + 18).slice(4, 14),
    })
  }
  for (const match of folded.matchAll(MOBILE_PATTERN)) {
    const start = match.index
    const end = start + match[0].length
    if (spans.some((span) => start < span.end && span.start < end)) continue
    // The last 11 digits are the number (a leading 86 is the country code); the mask hides the 4th to 7th.
    const digits = digitIndexes(folded, start, end).slice(-11)
    spans.push({
      start,
      end,
      kind: 'mobile',
      masked: maskMobile(`${match[1]}${match[2]}${match[3]}`),
      hidden: digits.slice(3, 7),
    })
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** The text with the hidden characters of every personal-data number replaced by `*`; same length as the text. */
export const maskPersonalData = (text: string, spans: PersonalDataSpan[] = personalDataSpans(text)): string => {
  if (spans.length === 0) return text
  const characters = text.split('')
  for (const span of spans) for (const index of span.hidden) characters[index] = '*'
  return characters.join('')
}
