// What folding changes: full-width ASCII, the ideographic space, upper-case ASCII. Most Chinese text has none, and
// is returned as it is; the rest is replaced one UTF-16 unit at a time (a rescan folds every published document).
const FOLDABLE = /[\uff01-\uff5e\u3000A-Z]/g

const foldCharacter = (char: string): string => {
  const code = char.charCodeAt(0)
  if (code === 0x3000) return ' '
  if (code >= 0xff01) return String.fromCharCode(code - 0xfee0).toLowerCase()
  return String.fromCharCode(code + 32)
}

/**
 * Full-width ASCII (Ｕｅｄ, ０１２) to half-width, the ideographic space to a space, ASCII to lower case. One UTF-16
 * unit in, one out, so an index into the folded text is an index into the original.
 */
export const foldText = (text: string): string => text.replace(FOLDABLE, foldCharacter)

/** Runs of whitespace and of the invisible characters spammers put inside a word to slip past a plain substring search. */
const IGNORABLE_RUNS = /[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+/g

/** Folded text with the ignorable characters taken out, and where each remaining character stood in the original. */
export const compactText = (text: string): { compact: string; positions: number[] } => compactFolded(foldText(text))

/** compactText of a text folded already. */
export const compactFolded = (folded: string): { compact: string; positions: number[] } => {
  const kept: string[] = []
  const positions: number[] = []
  // The text between runs of ignorable characters is kept whole, its positions counted up.
  let from = 0
  const keep = (to: number) => {
    if (to <= from) return
    kept.push(folded.slice(from, to))
    for (let i = from; i < to; i++) positions.push(i)
  }
  for (const run of folded.matchAll(IGNORABLE_RUNS)) {
    keep(run.index)
    from = run.index + run[0].length
  }
  keep(folded.length)
  return { compact: kept.join(''), positions }
}

/** A term as it is compared: folded, without ignorable characters. */
export const normaliseTerm = (term: string): string => compactText(term).compact
