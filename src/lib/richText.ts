import type { DisclosureItem } from '../../payload-types'

/** The Lexical document shape Payload stores for every richText field of this project. */
export type RichText = NonNullable<DisclosureItem['body']>

const paragraph = (text: string) => ({
  type: 'paragraph',
  children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  version: 1,
  textFormat: 0,
})

/** A Lexical document with one plain paragraph per string, as the admin's editor would save it. */
export const lexicalDocument = (paragraphs: readonly string[]): RichText => ({
  root: {
    type: 'root',
    children: paragraphs.map(paragraph),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})
