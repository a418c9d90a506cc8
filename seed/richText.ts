import { lexicalDocument, type RichText } from '../src/lib/richText'

export type { RichText }

/** Demo text is split from prose; empty pieces would become empty paragraphs. */
export const richText = (paragraphs: readonly string[]): RichText =>
  lexicalDocument(paragraphs.filter((text) => text.trim() !== ''))
