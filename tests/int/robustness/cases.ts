import { lexicalLink, lexicalParagraph } from '../../helpers/fixtures'

/**
 * The bad inputs every collection door is tried with. Each case is one field set to a value of the
 * wrong shape; `field` is the path the 400 must name.
 */
export type BadWrite = {
  name: string
  data: Record<string, unknown>
  field: string
  /** Refused by Payload's own validation (its message, in the request's language), not ours. */
  isPayloadCheck: boolean
}

/** Values of the wrong shape (or content no field may hold) for a kind of field. */
const wrongFor = {
  text: [
    ['an object', { zh: '标题' }],
    ['an array', ['a', 'b']],
    ['a number', 42],
    // Payload's default maxLength for text (config.defaultMaxTextLength).
    ['too long', 'x'.repeat(40_001)],
    // PostgreSQL refuses the byte in text: a 500 before the platform's check.
    ['text with a NUL character', '标题\u0000尾'],
    // Valid JSON, not valid Unicode: PostgreSQL would store U+FFFD, not what was sent (found by fuzz-writes).
    ['text with a lone surrogate', '标题\ud800尾'],
  ],
  date: [
    ['month 13', '2024-13-45'],
    ['a word', 'yesterday'],
    ['an object', { year: 2024 }],
    // Date.parse takes these, PostgreSQL refuses them: a 500 (found by fuzz-writes).
    ['30 February', '2024-02-30'],
    ['a bare number', '1'],
    ['a six-digit year', '275760-09-13'],
  ],
  relationship: [
    ['a missing id', 999999999],
    ['a word', 'abc'],
    ['an array', [1, 2]],
    ['an object', { id: 'abc' }],
    ['a fraction', 1.5],
  ],
  select: [
    ['an unknown option', 'bogus'],
    ['a number', 7],
  ],
  number: [
    ['a word', 'abc'],
    ['an object', { n: 1 }],
  ],
  checkbox: [['a word', 'abc']],
  richText: [
    ['a number', 42],
    ['a plain string', '正文'],
    ['an object without root', { foo: 1 }],
    ['a document with a NUL character', lexicalParagraph([{ type: 'text', text: '正文\u0000', version: 1 }])],
    ['a document with a data: link', lexicalParagraph([lexicalLink('data:text/html,<script>alert(1)</script>')])],
    ['a document with a javascript: link', lexicalParagraph([lexicalLink('javascript:alert(1)')])],
    ['a document with a vbscript: link', lexicalParagraph([lexicalLink(' VBScript:msgbox(1)')])],
    // Payload's Lexical hooks walk the tree assuming its shape: a TypeError, a 500 (found by fuzz-writes).
    ['a document whose children are a string', { root: { type: 'root', children: 'abc' } }],
    ['a document whose text is a number', lexicalParagraph([{ type: 'text', text: 5, version: 1 }])],
  ],
  hasMany: [
    ['a word', 'abc'],
    ['a missing id', [999999999]],
    ['a word in a list', ['abc']],
  ],
} as const

export type FieldKind = keyof typeof wrongFor

/** One case per wrong value of each listed field. */
export const badWrites = (fields: Array<[path: string, kind: FieldKind]>): BadWrite[] =>
  fields.flatMap(([field, kind]) =>
    wrongFor[kind].map(([label, value]) => ({
      name: `${field} as ${label}`,
      data: { [field]: value },
      field,
      isPayloadCheck: label === 'too long',
    })),
  )

/** Ids that are no row's id: a word, a fraction, a negative, and one beyond any integer column. */
export const badIds = ['abc', '1.5', '-1', '123456789012345678901234567890']

/**
 * A body whose `field` holds a value nested `depth` levels deep, written as text: JSON.stringify gives up long
 * before Payload's recursive copy and walks did (a stack overflow, a 500, found by fuzz-writes).
 */
export const deeplyNestedBody = (valid: Record<string, unknown>, field: string, depth = 50_000): string =>
  JSON.stringify({ ...valid, [field]: 'NESTED' }).replace('"NESTED"', `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`)

/** A rich text field holding paragraphs nested `depth` deep, written as text for the same reason. */
export const deeplyNestedRichText = (valid: Record<string, unknown>, field: string, depth = 20_000): string =>
  JSON.stringify({ ...valid, [field]: 'NESTED' }).replace(
    '"NESTED"',
    `{"root":{"type":"root","version":1,"children":[${'{"type":"paragraph","version":1,"children":['.repeat(depth)}{"type":"text","text":"x","version":1}${']}'.repeat(depth)}]}}`,
  )
