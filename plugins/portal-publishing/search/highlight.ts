import { normalizeText } from './lexemes'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

type HighlightArgs = {
  text: string
  /** Terms as normalized by `queryTerms` (lower case, half-width). */
  terms: string[]
  /** Characters around the first match. @default 60 */
  radius?: number
}

/**
 * An HTML-safe excerpt of the text around the first matched term, every match wrapped in `<mark>`.
 * Done here rather than with `ts_headline`, whose parser does not know the bigrams Chinese is indexed by.
 * Matching is on the NFKC, lower-cased text, which keeps the length of Chinese and Latin text alike.
 */
export const highlight = ({ text, terms, radius = 60 }: HighlightArgs): string => {
  const source = text.replace(/\s+/g, ' ').trim()
  const comparable = normalizeText(source)
  const usable = terms.filter(Boolean).sort((a, b) => b.length - a.length)
  const isAligned = comparable.length === source.length
  const pattern = usable.length > 0 && isAligned ? new RegExp(usable.map(escapeRegExp).join('|'), 'g') : null

  const firstMatch = pattern ? new RegExp(pattern.source).exec(comparable) : null
  const first = firstMatch ? firstMatch.index : -1
  const start = first < 0 ? 0 : Math.max(0, first - radius)
  const end = Math.min(source.length, first < 0 ? radius * 2 : first + firstMatch![0].length + radius)
  const prefix = start > 0 ? '…' : ''
  const suffix = end < source.length ? '…' : ''

  if (!pattern || first < 0) return prefix + escapeHtml(source.slice(start, end)) + suffix
  let html = ''
  let cursor = start
  for (const match of comparable.slice(start, end).matchAll(pattern)) {
    const at = start + match.index
    html +=
      escapeHtml(source.slice(cursor, at)) + '<mark>' + escapeHtml(source.slice(at, at + match[0].length)) + '</mark>'
    cursor = at + match[0].length
  }
  return prefix + html + escapeHtml(source.slice(cursor, end)) + suffix
}
