/** The part of fontkit (no published types) the bulletin uses: glyph coverage of a font file. */
declare module 'fontkit' {
  export type Font = { hasGlyphForCodePoint: (codePoint: number) => boolean; familyName: string }
  export function create(buffer: Buffer): Font
}
