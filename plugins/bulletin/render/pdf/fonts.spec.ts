import { describe, expect, it } from 'vitest'

import { fontFor, MISSING_MARK, parseSubsets, primaryFont, splitByFont } from './fonts'

const only = (font: string, characters: string) => (codePoint: number) =>
  characters.includes(String.fromCodePoint(codePoint)) ? font : null
const firstOf =
  (...fonts: Array<(codePoint: number) => string | null>) =>
  (codePoint: number) =>
    fonts.map((font) => font(codePoint)).find((font) => font !== null) ?? null

describe('splitByFont', () => {
  it('should fall back to the second font only for what the first lacks', () => {
    const uncovered = new Set<string>()
    expect(splitByFont('甲乙丙', firstOf(only('serif', '甲丙'), only('other', '乙')), 'serif', uncovered)).toEqual([
      { font: 'serif', text: '甲' },
      { font: 'other', text: '乙' },
      { font: 'serif', text: '丙' },
    ])
    expect(uncovered.size).toBe(0)
  })

  it('should print the missing mark for a character no font has, and report it', () => {
    const uncovered = new Set<string>()
    expect(splitByFont('甲𠀀', only('serif', '甲'), 'serif', uncovered)).toEqual([
      { font: 'serif', text: `甲${MISSING_MARK}` },
    ])
    expect([...uncovered]).toEqual(['𠀀'])
  })

  it('should keep spaces and line breaks in the run they interrupt', () => {
    expect(splitByFont('乙 乙', only('other', '乙'), 'serif', new Set())).toEqual([{ font: 'other', text: '乙 乙' }])
  })
})

describe('parseSubsets', () => {
  it('should read each woff file with its unicode ranges', () => {
    const css =
      "src: url(./files/a-1-400-normal.woff2) format('woff2'), url(./files/a-1-400-normal.woff) format('woff');\n  unicode-range: U+4e00-4e0f,U+3000;"
    expect(parseSubsets(css)).toEqual([
      {
        file: 'a-1-400-normal.woff',
        ranges: [
          [0x4e00, 0x4e0f],
          [0x3000, 0x3000],
        ],
      },
    ])
  })
})

describe('the shipped fonts', () => {
  it('should print the bulletin’s own words, CJK punctuation and Latin with the primary font', () => {
    const missing = [...'扎兰屯市人民政府公报目录第页共期〔〕：，。《》ABC2011-/〓'].filter(
      (char) => fontFor(char.codePointAt(0)!) !== primaryFont(),
    )
    expect(missing).toEqual([])
  })

  it('should print a rare character (CJK Extension A) the primary font lacks with a fallback subset', () => {
    const codePoint = '㐴'.codePointAt(0)!
    expect(primaryFont().hasGlyph(codePoint)).toBe(false)
    const fallback = fontFor(codePoint)
    expect(fallback).not.toBeNull()
    expect(fallback!.name).not.toBe(primaryFont().name)
  })
})
