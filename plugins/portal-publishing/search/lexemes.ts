/**
 * Chinese-aware lexemes for PostgreSQL full-text search without a Chinese parser in the database.
 * Chinese has no spaces, so every run of Han characters becomes its overlapping bigrams (公开目录 →
 * 公开 开目 目录): any two-character query matches, and longer queries match as the AND of their bigrams.
 * Words found by `Intl.Segmenter` (扎兰屯, 信息公开) are added as well, so a query that is a whole word
 * ranks documents containing that word higher. Latin letters and digits form lower-cased words.
 */

const HAN = /\p{Script=Han}/u
/** Runs of Han characters, or of other letters and digits; everything else separates. */
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

/** Full-width letters and digits to half-width, lower case: what users type and documents print differ. */
export const normalizeText = (text: string): string => text.normalize('NFKC').toLowerCase()

const bigrams = (run: string): string[] => {
  const chars = [...run]
  if (chars.length === 1) return chars
  return chars.slice(0, -1).map((char, index) => char + chars[index + 1])
}

type Runs = { han: string[]; other: string[] }

const runsOf = (text: string): Runs => {
  const runs: Runs = { han: [], other: [] }
  for (const [run] of normalizeText(text).matchAll(RUNS)) (HAN.test(run) ? runs.han : runs.other).push(run)
  return runs
}

/**
 * The words of three or more characters `Intl.Segmenter` finds in Han runs. Only the runs are segmented:
 * a word never crosses a run's end, and segmenting the whole text (punctuation, Latin, digits) costs more
 * on the publishing path.
 */
const hanWordsOf = (hanRuns: string[]): string[] => {
  const words: string[] = []
  for (const run of hanRuns) {
    if (run.length < 3) continue
    for (const { segment, isWordLike } of segmenter.segment(run)) {
      if (isWordLike && segment.length >= 3 && [...segment].length >= 3) words.push(segment)
    }
  }
  return words
}

/** Han words of three or more characters: the ones bigrams alone do not represent as a unit. */
export const wordsOf = (text: string): string[] => hanWordsOf(runsOf(text).han)

/**
 * The distinct lexemes of a document text, for `array_to_tsvector`: the text normalized and cut into
 * runs once (a 3,000-character body is indexed on every publish, inside its transaction).
 */
export const documentLexemes = (text: string): string[] => {
  const { han, other } = runsOf(text)
  const lexemes = new Set<string>()
  for (const run of han) for (const bigram of bigrams(run)) lexemes.add(bigram)
  for (const run of other) lexemes.add(run)
  for (const word of hanWordsOf(han)) lexemes.add(word)
  return [...lexemes]
}

export type SearchTerms = {
  /** Lexemes every result must contain (AND). */
  required: string[]
  /** Lexemes matched as a prefix (a lone Han character, the last Latin word or number as typed so far). */
  prefixes: string[]
  /** Whole words that raise the rank of documents containing them, not required. */
  boosts: string[]
  /** What the snippet highlights: the query's runs as typed. */
  highlights: string[]
}

/**
 * What a query requires, matches by prefix, boosts and highlights. A prefix costs the GIN index a scan of
 * every lexeme it starts (all the bigrams beginning with 号, every number beginning with 2022) and one bitmap
 * of their documents: at 200,000 rows a 文号 took 67 ms as prefixes, 0.9 ms as whole lexemes. So only the
 * last Latin word or number is a prefix (the one still being typed), and a lone Han character right after a
 * number is its unit (2022年, 219号): the number already selects, the unit is highlighted, not required.
 */
export const queryTerms = (query: string): SearchTerms => {
  const runs = [...normalizeText(query).matchAll(RUNS)].map(([run]) => run)
  const required: string[] = []
  const prefixes: string[] = []
  runs.forEach((run, index) => {
    const isLast = index === runs.length - 1
    if (!HAN.test(run)) (isLast ? prefixes : required).push(run)
    else if ([...run].length > 1) required.push(...bigrams(run))
    else if (!isUnitOfNumber(query, runs, index)) prefixes.push(run)
  })
  return {
    required: [...new Set(required)],
    prefixes: [...new Set(prefixes)],
    boosts: wordsOf(query),
    highlights: [...new Set([...runs.filter((run) => HAN.test(run)), ...runs.filter((run) => !HAN.test(run))])],
  }
}

/** A lone Han character written directly after a number (no space or punctuation between): 年 of 2022年. */
const isUnitOfNumber = (query: string, runs: string[], index: number): boolean => {
  const previous = runs[index - 1]
  if (index === 0 || previous === undefined || !/^\p{N}+$/u.test(previous)) return false
  return normalizeText(query).includes(previous + runs[index]!)
}

/** A lexeme as a tsquery operand; lexemes hold only letters and digits, the quotes are belt and braces. */
const operand = (lexeme: string, isPrefix = false) => `'${lexeme.replace(/'/g, "''")}'${isPrefix ? ':*' : ''}`

/** The tsquery text every result must match, or null when the query has no searchable characters. */
export const requiredTsquery = ({ required, prefixes }: SearchTerms): null | string => {
  const operands = [...required.map((lexeme) => operand(lexeme)), ...prefixes.map((lexeme) => operand(lexeme, true))]
  return operands.length > 0 ? operands.join(' & ') : null
}

/** The tsquery text of the optional whole words, or null. */
export const boostTsquery = ({ boosts }: SearchTerms): null | string =>
  boosts.length > 0 ? boosts.map((word) => operand(word)).join(' | ') : null

/**
 * The comparison key of a 文号 or 索引号: people type 〔2011〕 as [2011], (2011) or （2011）, with spaces.
 */
export const exactKey = (value: string): string =>
  normalizeText(value)
    .replace(/\s+/g, '')
    .replace(/[[(【〔［（]/g, '〔')
    .replace(/[\])】〕］）]/g, '〕')
