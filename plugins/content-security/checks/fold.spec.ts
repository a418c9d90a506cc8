import { describe, expect, it } from 'vitest'

import { compactText, foldText } from './fold'

// The definitions, one character at a time: what the faster code must give for any text.
const foldByCharacter = (text: string) =>
  [...text]
    .map((char) => {
      if (char.length > 1) return char
      const code = char.charCodeAt(0)
      if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase()
      if (code === 0x3000) return ' '
      if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32)
      return char
    })
    .join('')

const IGNORABLE = /[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/
const compactByCharacter = (text: string) => {
  const folded = foldByCharacter(text)
  const kept = [...Array(folded.length).keys()].filter((i) => !IGNORABLE.test(folded[i]!))
  return { compact: kept.map((i) => folded[i]).join(''), positions: kept }
}

// Chinese, full-width letters and digits, the ideographic space, upper and lower ASCII, spaces, zero-width and
// soft-hyphen characters, a character outside the BMP (two UTF-16 units).
const ALPHABET = [
  '政',
  '府',
  '博',
  '彩',
  'Ｕ',
  'ｅ',
  '０',
  '！',
  '～',
  '\u3000',
  'A',
  'Z',
  'a',
  '9',
  ' ',
  '\n',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '𠀋',
]

/** A deterministic pseudo-random text (the same every run). */
const textOf = (seed: number, length: number) => {
  let state = seed
  let text = ''
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    text += ALPHABET[state % ALPHABET.length]
  }
  return text
}

describe('folding', () => {
  it('folds full-width ASCII, the ideographic space and upper case, one unit for one', () => {
    expect(foldText('ＵｅｄＢｅｔ体育\u3000人民政府 APP')).toBe('uedbet体育 人民政府 app')
    expect(foldText('人民政府')).toBe('人民政府')
  })

  it('gives what the character-by-character definition gives, for 500 mixed texts', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const text = textOf(seed, seed % 60)
      expect(foldText(text)).toBe(foldByCharacter(text))
      expect(foldText(text)).toHaveLength(text.length)
      expect(compactText(text)).toEqual(compactByCharacter(text))
    }
  })

  it('takes ignorable runs out and keeps where each kept character stood', () => {
    expect(compactText('博 \u200b彩Ａ')).toEqual({ compact: '博彩a', positions: [0, 3, 4] })
    expect(compactText('  ')).toEqual({ compact: '', positions: [] })
  })
})
