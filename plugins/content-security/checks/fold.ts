/**
 * Full-width ASCII (Ｕｅｄ, ０１２) to half-width, the ideographic space to a space, ASCII to lower case. One UTF-16
 * unit in, one out, so an index into the folded text is an index into the original.
 */
export const foldText = (text: string): string => {
  let folded = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) folded += String.fromCharCode(code - 0xfee0).toLowerCase()
    else if (code === 0x3000) folded += ' '
    else if (code >= 0x41 && code <= 0x5a) folded += String.fromCharCode(code + 32)
    else folded += text[i]
  }
  return folded
}

/** Whitespace and the invisible characters spammers put inside a word to slip past a plain substring search. */
const IGNORABLE = /[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/

export const isIgnorable = (char: string): boolean => IGNORABLE.test(char)

/** Folded text with the ignorable characters taken out, and where each remaining character stood in the original. */
export const compactText = (text: string): { compact: string; positions: number[] } => {
  const folded = foldText(text)
  let compact = ''
  const positions: number[] = []
  for (let i = 0; i < folded.length; i++) {
    if (isIgnorable(folded[i]!)) continue
    compact += folded[i]
    positions.push(i)
  }
  return { compact, positions }
}

/** A term as it is compared: folded, without ignorable characters. */
export const normaliseTerm = (term: string): string => compactText(term).compact
