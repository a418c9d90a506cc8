import { bilingualMessage } from '../../src/lib/platform/i18n/messages'

/**
 * Index-number patterns (索引号). A pattern is text with tokens:
 *   {creditCode} 18-char unified social credit code · {orgCode} its chars 9–17 (the old organisation code)
 *   {division} its chars 3–8 (administrative division) · {category} theme or genre code
 *   {yyyy} {mm} year and month of the number's date (the date made, else of publication) · {serial:N} the counter, zero-padded to N digits
 * Exactly one {serial:N} is required: without it a pattern cannot produce unique numbers.
 */
export type PatternValues = {
  creditCode: string
  category?: string
  /** The number's date (made, or published), already in the office's time zone. */
  year: number
  month: number
}

export type PatternCheck = { isValid: true } | { isValid: false; reason: string }

const TOKEN = /\{([a-zA-Z]+)(?::(\d+))?\}/g
const KNOWN = new Set(['creditCode', 'orgCode', 'division', 'category', 'yyyy', 'mm', 'serial'])
// Braces never occur in filled-in values (codes, years), so the placeholder cannot collide with them.
const SERIAL_PLACEHOLDER = '{serial}'

export class PatternError extends Error {}

export const checkPattern = (pattern: string): PatternCheck => {
  const tokens = [...pattern.matchAll(TOKEN)]
  const unknown = tokens.find(([, name]) => !KNOWN.has(name!))
  if (unknown) {
    return { isValid: false, reason: bilingualMessage(`未知的占位符 ${unknown[0]}`, `unknown token ${unknown[0]}`) }
  }
  const serials = tokens.filter(([, name]) => name === 'serial')
  if (serials.length !== 1) {
    return {
      isValid: false,
      reason:
        serials.length === 0
          ? bilingualMessage(
              '模式必须包含一个流水号 {serial:N}，否则无法生成唯一的索引号',
              'a pattern needs one {serial:N} token, or numbers cannot be unique',
            )
          : bilingualMessage('模式只能包含一个流水号 {serial:N}', 'a pattern may contain only one {serial:N} token'),
    }
  }
  const width = Number(serials[0]![2])
  if (!Number.isInteger(width) || width < 1 || width > 12) {
    return {
      isValid: false,
      reason: bilingualMessage(
        '流水号位数应为 1–12，如 {serial:5}',
        'the serial needs a width from 1 to 12, e.g. {serial:5}',
      ),
    }
  }
  if (/[{}]/.test(pattern.replace(TOKEN, ''))) {
    return { isValid: false, reason: bilingualMessage('模式中有不成对的花括号', 'the pattern has an unmatched brace') }
  }
  return { isValid: true }
}

const render = (pattern: string, values: PatternValues, serial: (width: number) => string): string => {
  const { creditCode } = values
  return pattern.replace(TOKEN, (token, name: string, width?: string) => {
    switch (name) {
      case 'creditCode':
        return creditCode
      case 'orgCode':
        return creditCode.slice(8, 17)
      case 'division':
        return creditCode.slice(2, 8)
      case 'category':
        if (!values.category) {
          throw new PatternError(
            bilingualMessage(
              '模式含 {category}，但信息没有主题或体裁分类',
              'the pattern uses {category} but the document has no theme or genre',
            ),
          )
        }
        return values.category
      case 'yyyy':
        return String(values.year).padStart(4, '0')
      case 'mm':
        return String(values.month).padStart(2, '0')
      case 'serial':
        return serial(Number(width))
      default:
        throw new PatternError(`unknown token ${token}`)
    }
  })
}

/**
 * The counter key: the number with everything but the serial filled in. Documents whose numbers share
 * a key share a counter, which is exactly "one counter per (prefix, period)".
 */
export const counterKey = (pattern: string, values: PatternValues): string =>
  render(pattern, values, () => SERIAL_PLACEHOLDER)

/** The full number. A serial too wide for its padding is refused, never truncated. */
export const formatIndexNumber = (pattern: string, values: PatternValues, serial: number): string =>
  render(pattern, values, (width) => {
    const digits = String(serial)
    if (!Number.isInteger(serial) || serial < 1) throw new PatternError(`invalid serial ${serial}`)
    if (digits.length > width) {
      throw new PatternError(
        bilingualMessage(
          `流水号 ${serial} 超出 {serial:${width}} 的 ${width} 位，请扩大位数`,
          `serial ${serial} does not fit {serial:${width}}; widen the pattern`,
        ),
      )
    }
    return digits.padStart(width, '0')
  })

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Reads a number back against a pattern (legacy import): the counter key it belongs to and its serial,
 * or null when the number does not have the pattern's shape for this institution.
 */
export const parseIndexNumber = (
  pattern: string,
  values: Pick<PatternValues, 'creditCode' | 'category'>,
  indexNumber: string,
): { key: string; serial: number; year: number } | null => {
  const groups: string[] = []
  let source = ''
  let last = 0
  for (const match of pattern.matchAll(TOKEN)) {
    source += escapeRegExp(pattern.slice(last, match.index))
    last = match.index! + match[0].length
    const name = match[1]!
    if (name === 'yyyy') source += '(\\d{4})'
    else if (name === 'mm') source += '(0[1-9]|1[0-2])'
    else if (name === 'serial') source += `(\\d{${match[2]}})`
    else if (name === 'category') source += '([A-Za-z0-9.-]{1,20})'
    else {
      source += escapeRegExp(render(match[0], { ...values, year: 0, month: 0 }, () => ''))
      continue
    }
    groups.push(name)
  }
  source += escapeRegExp(pattern.slice(last))
  const match = new RegExp(`^${source}$`).exec(indexNumber)
  if (!match) return null
  const parsed = Object.fromEntries(groups.map((name, i) => [name, match[i + 1]!]))
  const year = Number(parsed.yyyy ?? 0)
  const month = Number(parsed.mm ?? 1)
  const serial = Number(parsed.serial)
  if (serial < 1) return null
  const category = parsed.category ?? values.category
  return { key: counterKey(pattern, { ...values, category, year, month }), serial, year }
}
