import * as fontkit from 'fontkit'
import fs from 'node:fs'
import path from 'node:path'

import { woffToSfnt } from './woff'

/**
 * Fontsource splits Noto Serif SC by unicode range. Its `chinese-simplified` file carries the common Han
 * characters, CJK punctuation (〔〕，。) and Latin: the primary font. A character it lacks (a rare
 * character in a name, a traditional form) falls back to the numbered subset of the full font whose
 * unicode-range holds it, as a browser would; those are loaded only when a text needs them.
 */
const PACKAGE = '@fontsource/noto-serif-sc'
const PRIMARY_FILE = 'noto-serif-sc-chinese-simplified-400-normal.woff'
/** The same subset at weight 700, a real bold for headings (not a stroked or smeared regular). */
const BOLD_FILE = 'noto-serif-sc-chinese-simplified-700-normal.woff'
const SUBSETS_CSS = '400.css'

/** Printed for a character no font has (〓, the typesetter's mark for a missing character), never a blank box. */
export const MISSING_MARK = '〓'

export type LoadedFont = { name: string; data: Buffer; hasGlyph: (codePoint: number) => boolean }

type Subset = { file: string; ranges: Array<[number, number]> }

let fontDir: string | undefined

/**
 * The font package's folder, found as Node finds packages (node_modules folders from the working
 * directory up), or BULLETIN_FONT_DIR. Not `require.resolve`: in the Next.js server bundle it answers
 * a module id, not a path.
 */
const packageDir = (): string => {
  if (fontDir) return fontDir
  if (process.env.BULLETIN_FONT_DIR) return (fontDir = process.env.BULLETIN_FONT_DIR)
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', PACKAGE)
    if (fs.existsSync(path.join(candidate, 'package.json'))) return (fontDir = candidate)
    if (path.dirname(dir) === dir)
      throw new Error(`bulletin: ${PACKAGE} is not installed (looked up from ${process.cwd()})`)
  }
}

const loadFont = (name: string, file: string): LoadedFont => {
  const data = woffToSfnt(fs.readFileSync(path.join(packageDir(), 'files', file)))
  const font = fontkit.create(data)
  return { name, data, hasGlyph: (codePoint) => font.hasGlyphForCodePoint(codePoint) }
}

/** The `@font-face` blocks of a fontsource CSS file: each woff file with its unicode ranges. */
export const parseSubsets = (css: string): Subset[] =>
  [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map(([, file, ranges]) => ({
    file: file!,
    ranges: ranges!.split(',').map((range): [number, number] => {
      const [start, end] = range.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(start!, 16), parseInt(end ?? start!, 16)]
    }),
  }))

let primary: LoadedFont | undefined
let subsets: Subset[] | undefined
const fallbacks = new Map<string, LoadedFont | null>()

/** The primary font, parsed once per process (the file is 2 MB). */
export const primaryFont = (): LoadedFont => (primary ??= loadFont('NotoSerifSC', PRIMARY_FILE))

let bold: LoadedFont | undefined

/** The bold primary for headings, parsed once per process. */
export const boldFont = (): LoadedFont => (bold ??= loadFont('NotoSerifSC-Bold', BOLD_FILE))

/**
 * The font that prints a heading's character: the bold primary; a character it lacks (rare in headings)
 * prints in the regular weight's fallback, as a browser falls back across families.
 */
export const boldFontFor = (codePoint: number): LoadedFont | null =>
  boldFont().hasGlyph(codePoint) ? boldFont() : fontFor(codePoint)

/** The font that prints a character: the primary, else the subset that holds it, else null. */
export const fontFor = (codePoint: number): LoadedFont | null => {
  const main = primaryFont()
  if (main.hasGlyph(codePoint)) return main
  subsets ??= parseSubsets(fs.readFileSync(path.join(packageDir(), SUBSETS_CSS), 'utf8'))
  const subset = subsets.find(({ ranges }) => ranges.some(([start, end]) => codePoint >= start && codePoint <= end))
  if (!subset) return null
  if (!fallbacks.has(subset.file))
    fallbacks.set(
      subset.file,
      loadFont(`NotoSerifSC-${subset.file.replace(/\D+/g, '-').replace(/^-|-$/g, '')}`, subset.file),
    )
  const font = fallbacks.get(subset.file)!
  return font?.hasGlyph(codePoint) ? font : null
}

export type FontRun<F> = { font: F; text: string }

const isLayoutCharacter = (char: string) => char === '\n' || char === '\t' || char === ' '

/**
 * Splits text into runs of the font that prints each character. Characters no font has become
 * MISSING_MARK in the primary font and are collected in `uncovered`.
 */
export const splitByFont = <F>(
  text: string,
  fontOf: (codePoint: number) => F | null,
  fallback: F,
  uncovered: Set<string>,
): Array<FontRun<F>> => {
  const runs: Array<FontRun<F>> = []
  for (const char of text) {
    let font = isLayoutCharacter(char) ? (runs.at(-1)?.font ?? fallback) : fontOf(char.codePointAt(0)!)
    let printed = char
    if (font === null) {
      uncovered.add(char)
      font = fallback
      printed = MISSING_MARK
    }
    const last = runs.at(-1)
    if (last && last.font === font) last.text += printed
    else runs.push({ font, text: printed })
  }
  return runs
}
