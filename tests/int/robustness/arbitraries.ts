import type { CollectionSlug, FlattenedField, SanitizedCollectionConfig } from 'payload'

import fc from 'fast-check'

import { lexicalLink, lexicalParagraph } from '../../helpers/fixtures'

/**
 * Field-aware write bodies for fuzzing, derived from a collection's sanitized fields: each field gets either a
 * value it accepts or a hostile one (the wrong type, a megabyte, a NUL or a lone surrogate, malformed Lexical,
 * a huge or deeply nested value), and bodies may carry unknown keys. A body knows which of its top-level keys
 * are hostile, so a refusal can be checked for naming one, and an accepted body compared with what was stored.
 */

/** What the generator needs from the test: the documents a relationship may name, and values only it can make. */
export type FuzzContext = {
  /** Existing ids the acting user may choose in a relationship to `collection` (empty: the field is skipped). */
  idsOf: (collection: CollectionSlug) => number[]
  /** A valid value for fields random text cannot satisfy (unique keys, check digits, URLs), by field name. */
  validOverrides?: Record<string, () => fc.Arbitrary<unknown>>
  /** Top-level fields never sent (set by the test or not writable by the acting user). */
  skip?: ReadonlySet<string>
}

export type FuzzBody = {
  data: Record<string, unknown>
  /** Top-level keys whose value is hostile, or unknown to the collection. */
  hostile: string[]
}

const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt'])

/** Fields a client writes: no system, read-only, hidden, virtual or presentational ones. */
export const writableFields = (fields: FlattenedField[], skip: ReadonlySet<string> = new Set()): FlattenedField[] =>
  fields.filter((field) => {
    if (!('name' in field) || SYSTEM_FIELDS.has(field.name) || skip.has(field.name)) return false
    if (['ui', 'join', 'json', 'point', 'blocks'].includes(field.type)) return false
    const admin = (field as { admin?: { readOnly?: boolean } }).admin
    return !admin?.readOnly && !field.hidden && !('virtual' in field && field.virtual)
  })

const MEGABYTE = 'x'.repeat(1_000_000)

/** Text a person might type, and text that looks like an attack but is only text: both must be stored as sent. */
const plainText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20, unit: fc.constantFrom(...'公开信息政策机构通知甲乙丙丁abcXYZ 0123-_.,') }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '" onmouseover="alert(1)',
    'javascript:alert(1)',
    "'; DROP TABLE users; --",
    '{{7*7}} ${7*7}',
    '\u0001\u0007\u001b[31m控制字符\u001f',
    'tab\tnew\nline\r',
    '😀 emoji 𠮷',
    '\u202eRTL override',
    '\ufeffBOM',
  ),
)

/** Strings no field may hold, or hold at that length. */
const hostileString = fc.constantFrom(
  MEGABYTE,
  'x'.repeat(40_001),
  'a\u0000b',
  '\u0000',
  'lone \ud800 surrogate',
  'lone \udc00 low',
)

/** Nested far beyond any document: Payload walks input recursively. */
const deeplyNested = (depth: number): unknown => {
  let value: unknown = 'deep'
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }
  return value
}

const wrongTypes = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant({ zh: '对象' }),
  fc.constant(['a', 1, null]),
  fc.constant(deeplyNested(1_000)),
  fc.constant(Array.from({ length: 20_000 }, (_, i) => i)),
)

const isoDate = fc
  .record({
    year: fc.integer({ min: 1990, max: 2035 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)

const richText = fc
  .array(
    fc.oneof(
      plainText
        .filter((text) => text.length > 0)
        .map((text) => ({ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' })),
      fc
        .constantFrom('https://www.gov.cn/', 'mailto:office@example.gov.cn', '/catalogue')
        .map((url) => lexicalLink(url)),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((children) => lexicalParagraph(children))

const malformedRichText = fc.constantFrom<unknown>(
  { root: { type: 'root', children: 'abc' } },
  { root: { type: 'root', version: 1, children: [1, 2] } },
  { root: { type: 'root', version: 1, children: [{ type: 'paragraph', children: { a: 1 } }] } },
  { root: { type: 'root', version: 1, children: [{ type: 'paragraph', children: [{ type: 'text', text: 5 }] }] } },
  { root: { children: [] } },
  { root: null },
  { root: [] },
  lexicalParagraph([{ type: 'text', text: '正文\u0000', version: 1 }]),
  lexicalParagraph([{ type: 'text', text: '\ud800', version: 1 }]),
  lexicalParagraph([lexicalLink('javascript:alert(1)')]),
  lexicalParagraph([lexicalLink('data:text/html,<script>alert(1)</script>')]),
  { root: { type: 'root', version: 1, children: [deeplyNested(400)] } },
)

const optionValues = (field: FlattenedField): string[] =>
  'options' in field ? field.options.map((option) => (typeof option === 'string' ? option : option.value)) : []

const subset = <T>(values: T[], minLength = 0) => fc.subarray(values, { minLength: Math.min(minLength, values.length) })

/** A value the field stores as sent, or undefined when this test cannot make one (no document to point at). */
const validValue = (field: FlattenedField, context: FuzzContext): fc.Arbitrary<unknown> | undefined => {
  const override = context.validOverrides?.[field.name]
  if (override) return override()
  const isHasMany = 'hasMany' in field && Boolean(field.hasMany)
  const maxLength = 'maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : 200
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code': {
      const text = plainText.map((value) => value.slice(0, maxLength))
      return isHasMany ? fc.array(text, { maxLength: 5 }) : text
    }
    case 'email':
      return fc.uuid().map((id) => `fuzz-${id}@test.local`)
    case 'number': {
      const min = typeof field.min === 'number' ? field.min : -1_000_000
      const max = typeof field.max === 'number' ? field.max : 1_000_000
      const odd = [0.5, 1e15].filter((value) => value >= min && value <= max)
      const whole = fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
      const number = odd.length ? fc.oneof(whole, fc.constantFrom(...odd)) : whole
      return isHasMany ? fc.array(number, { maxLength: 5 }) : number
    }
    case 'checkbox':
      return fc.boolean()
    case 'date':
      return isoDate
    case 'select':
    case 'radio': {
      const options = optionValues(field)
      return isHasMany ? subset(options, 'required' in field && field.required ? 1 : 0) : fc.constantFrom(...options)
    }
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        const refs = field.relationTo.flatMap((relationTo) =>
          context.idsOf(relationTo).map((value) => ({ relationTo, value })),
        )
        if (!refs.length) return undefined
        return isHasMany ? subset(refs) : fc.constantFrom(...refs)
      }
      const ids = context.idsOf(field.relationTo)
      if (!ids.length) return undefined
      return isHasMany ? subset(ids) : fc.constantFrom(...ids)
    }
    case 'richText':
      return richText
    case 'group':
    case 'tab':
      return validRecord(field.flattenedFields, context, { isCreate: true })
    case 'array': {
      const row = validRecord(field.flattenedFields, context, { isCreate: true })
      return fc.array(row, { maxLength: 3 })
    }
    default:
      return undefined
  }
}

/** Values of the field's own type that it refuses, and values of the wrong type. */
const hostileValue = (field: FlattenedField): fc.Arbitrary<unknown> => {
  const specific: Array<fc.Arbitrary<unknown>> = []
  switch (field.type) {
    case 'date':
      specific.push(fc.constantFrom('2024-02-30', '1', '275760-09-13', 'yesterday', '2024-13-45', '0000-01-01'))
      break
    case 'number':
      specific.push(fc.constantFrom('abc', '12abc', '1e400', ''))
      break
    case 'select':
    case 'radio':
      specific.push(fc.constantFrom('bogus', 'PROACTIVE', ['bogus']))
      break
    case 'relationship':
    case 'upload':
      specific.push(
        fc.constantFrom(999_999_999, 0, -1, 1.5, 'abc', 2 ** 53, [999_999_999], { relationTo: 'users', value: 1 }),
      )
      break
    case 'richText':
      specific.push(malformedRichText)
      break
    case 'array':
      specific.push(
        fc.constantFrom(
          [1, 2],
          [{ unknownKey: 'x' }, 'row'],
          Array.from({ length: 5_000 }, () => 'row'),
        ),
      )
      break
    case 'group':
      specific.push(fc.constantFrom('group', [{}]))
      break
    default:
      break
  }
  return fc.oneof(hostileString, wrongTypes, ...specific)
}

/** A record of valid values; on create every required (or overridden) field is present, on update each is optional. */
const validRecord = (
  fields: FlattenedField[],
  context: FuzzContext,
  { isCreate }: { isCreate: boolean },
): fc.Arbitrary<Record<string, unknown>> => {
  const model: Record<string, fc.Arbitrary<unknown>> = {}
  const required: string[] = []
  for (const field of writableFields(fields, context.skip)) {
    const value = validValue(field, context)
    if (!value) continue
    model[field.name] = value
    // A field the suite overrides is always sent on create: its default is what the override avoids.
    const isOverridden = Boolean(context.validOverrides?.[field.name])
    if (isCreate && (isOverridden || ('required' in field && field.required))) required.push(field.name)
  }
  return fc.record(model, { requiredKeys: required })
}

const unknownKeys = fc.constantFrom('notAField', '__proto__', 'constructor', 'id', 'createdAt', '$where', 'title.zh')

/**
 * Bodies for creating (`isCreate`, required fields present unless hostile) or updating: half with one to three
 * fields hostile, half with an unknown key (ignored when its value is text, otherwise possibly refused).
 */
export const fuzzBody = (
  collection: Pick<SanitizedCollectionConfig, 'flattenedFields'>,
  context: FuzzContext,
  { isCreate }: { isCreate: boolean },
): fc.Arbitrary<FuzzBody> => {
  const fields = writableFields(collection.flattenedFields, context.skip).filter((field) => validValue(field, context))
  const valid = validRecord(collection.flattenedFields, context, { isCreate })
  const hostileFields = fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) })
    .chain((chosen) =>
      fc.tuple(...chosen.map((field) => hostileValue(field).map((value) => [field.name, value] as const))),
    )
  const unknown = fc.option(fc.tuple(unknownKeys, fc.oneof(plainText, wrongTypes)), { freq: 2 })
  return fc.tuple(valid, fc.option(hostileFields, { freq: 2 }), unknown).map(([base, hostile, extra]) => {
    const data: Record<string, unknown> = { ...base }
    const names: string[] = []
    for (const [name, value] of hostile ?? []) {
      data[name] = value
      names.push(name)
    }
    if (extra) {
      // As JSON.parse would make it: an own property, even for "__proto__".
      Object.defineProperty(data, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true })
      names.push(extra[0])
    }
    return { data, hostile: names }
  })
}

/** Passwords for users: mostly strong ones, some weak or malformed. */
export const passwords = fc.oneof(
  { arbitrary: fc.uuid().map((id) => `Fuzz-${id}`), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      'short',
      '123456789012',
      'password1234!',
      'aaaaaaaaaaaa',
      '',
      'a\u0000bcdefghijklm',
      '\ud800bcdefghijklm',
    ),
    weight: 1,
  },
  { arbitrary: wrongTypes, weight: 1 },
)

/**
 * A body as GraphQL takes it: select values become enum names (`on-request` → `on_request`) and polymorphic
 * references name their collection the same way. Values of the wrong type are left for GraphQL to refuse.
 */
export const toGraphQLData = (fields: FlattenedField[], data: Record<string, unknown>): Record<string, unknown> => {
  const enumName = (value: unknown) =>
    typeof value === 'string' ? value.replace(/[^\w]/g, '_').replace(/^(\d)/, '_$1') : value
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    const field = fields.find((candidate) => 'name' in candidate && candidate.name === key)
    if (!field) {
      out[key] = value
      continue
    }
    if (field.type === 'select' || field.type === 'radio') {
      out[key] = Array.isArray(value) ? value.map(enumName) : enumName(value)
    } else if ((field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)) {
      const reference = (item: unknown) =>
        item && typeof item === 'object' && 'relationTo' in item
          ? { ...item, relationTo: enumName(item.relationTo) }
          : item
      out[key] = Array.isArray(value) ? value.map(reference) : reference(value)
    } else if (
      (field.type === 'group' || field.type === 'tab') &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      out[key] = toGraphQLData(field.flattenedFields, value as Record<string, unknown>)
    } else if (field.type === 'array' && Array.isArray(value)) {
      out[key] = value.map((row) =>
        row && typeof row === 'object' && !Array.isArray(row)
          ? toGraphQLData(field.flattenedFields, row as Record<string, unknown>)
          : row,
      )
    } else {
      out[key] = value
    }
  }
  return out
}

/** Text that would run if it reached a page, a feed or an export unescaped. */
export const scriptLike = fc.constantFrom(
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example.com/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '"><script>alert(1)</script>',
  "' onfocus='alert(1)' autofocus='",
  '<a href="javascript:alert(1)">点我</a>',
  '<iframe src="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  ']]><script>alert(1)</script><![CDATA[',
  '<!-- --><script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  'javascript:alert(document.cookie)',
  '\u0001\u0008\u000b\u001f控制字符',
  '\u2028\u2029',
)

/** A title or summary mixing ordinary words with script-looking text, within `maxLength`. */
export const hostileText = (maxLength: number) =>
  fc
    .tuple(plainText, scriptLike, plainText, fc.option(scriptLike))
    .map((parts) => parts.filter(Boolean).join(' ').slice(0, maxLength))

/** Link targets the save-time check refuses; written around it, as data from before the rule would be. */
export const liveLinkUrl = fc.constantFrom(
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '&#106;avascript:alert(1)',
)

/** A body of paragraphs whose text looks like script, and one link per URL (each both kinds of link node). */
export const hostileBody = (urls: string[]) =>
  fc.array(scriptLike, { minLength: 1, maxLength: 3 }).map((texts) =>
    lexicalParagraph([
      ...texts.map((text) => ({ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' })),
      // A node no feature of the editor knows: stored as sent, it must render as nothing worse than text.
      {
        type: 'unknown-widget',
        version: 1,
        html: '<script>alert(1)</script>',
        children: [{ type: 'text', text: '<b>x</b>', version: 1 }],
      },
      ...urls.flatMap((url) => [lexicalLink(url, text(url)), { ...lexicalLink(url, text(url)), type: 'autolink' }]),
    ]),
  )

const text = (url: string) => `链接 ${url}`
