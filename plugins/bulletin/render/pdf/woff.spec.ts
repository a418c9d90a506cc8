import * as fontkit from 'fontkit'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

import { woffToSfnt } from './woff'

const require = createRequire(import.meta.url)
const woffFile = require.resolve('@fontsource/noto-serif-sc/files/noto-serif-sc-latin-400-normal.woff')

describe('woffToSfnt', () => {
  it('should unpack a WOFF into a font with the same glyphs', () => {
    const woff = fs.readFileSync(woffFile)
    const sfnt = woffToSfnt(woff)
    expect(sfnt.readUInt32BE(0)).not.toBe(0x774f4646)
    const unpacked = fontkit.create(sfnt)
    const original = fontkit.create(woff)
    for (const char of 'Gongkai 2026')
      expect(unpacked.hasGlyphForCodePoint(char.codePointAt(0)!)).toBe(
        original.hasGlyphForCodePoint(char.codePointAt(0)!),
      )
  })

  it('should leave a font that is not WOFF as it is', () => {
    const other = Buffer.from('OTTO0000')
    expect(woffToSfnt(other)).toBe(other)
  })
})
