import type { Finding, ScanRules, ScanTarget } from '../findings'

import { compactFolded, foldText, normaliseTerm } from './fold'
import { contextOf, finding } from './text'

const isAsciiWordChar = (char: string | undefined) => char !== undefined && /[a-z0-9]/.test(char)

type Word = ScanRules['words'][number]

/**
 * Each listed word with its term as compared (words whose term is empty left out), once per list: a scan's rules
 * are loaded once and checked against every target of every document.
 */
const termsOfWords = new WeakMap<readonly Word[], Array<[Word, string]>>()
const normalisedTerms = (words: readonly Word[]): Array<[Word, string]> => {
  let terms = termsOfWords.get(words)
  if (!terms) {
    terms = words.map((word): [Word, string] => [word, normaliseTerm(word.term)]).filter(([, term]) => term !== '')
    termsOfWords.set(words, terms)
  }
  return terms
}

/**
 * Every occurrence of every listed word, case-insensitive, full-width folded, ignoring whitespace and
 * zero-width characters inside the word (博 彩, 博\u200b彩). A word that begins or ends with a Latin letter or digit
 * must not continue a longer Latin word there ("bet" is not found in "alphabet").
 */
export const checkSensitiveWords = (target: ScanTarget, rules: ScanRules): Finding[] => {
  const { text, field } = target
  if (!text || rules.words.length === 0) return []
  const folded = foldText(text)
  const { compact, positions } = compactFolded(folded)
  const found: Array<{ start: number; finding: Finding }> = []
  for (const [word, term] of normalisedTerms(rules.words)) {
    for (let at = compact.indexOf(term); at !== -1; at = compact.indexOf(term, at + 1)) {
      const start = positions[at]!
      const end = positions[at + term.length - 1]! + 1
      if (isAsciiWordChar(term[0]) && isAsciiWordChar(folded[start - 1])) continue
      if (isAsciiWordChar(term[term.length - 1]) && isAsciiWordChar(folded[end])) continue
      found.push({
        start,
        finding: finding({
          check: 'sensitiveWord',
          severity: word.severity,
          field,
          match: text.slice(start, end),
          context: contextOf(text, start, end),
          normalisedMatch: term,
          message: {
            zh: `包含敏感词“${word.term}”${word.category ? `（${word.category}）` : ''}`,
            en: `contains the sensitive word "${word.term}"${word.category ? ` (${word.category})` : ''}`,
          },
        }),
      })
    }
  }
  // In reading order; words at the same place keep the list's order (the sort is stable).
  return found.sort((a, b) => a.start - b.start).map((entry) => entry.finding)
}
