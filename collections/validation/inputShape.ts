import type { CollectionSlug, FlattenedField } from 'payload'

import { relationId } from '../../src/lib/platform/ids'
import { bilingualMessage } from '../../src/lib/platform/labels'
import { isListed } from '../../src/lib/platform/slugs'

export type ShapeError = { path: string; message: string }

/** A reference to another document found in input data: which collection, which id. */
export type Reference = { path: string; collection: CollectionSlug; id: number }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const expected = {
  text: bilingualMessage('应为文本', 'must be text'),
  texts: bilingualMessage('应为文本列表', 'must be a list of text'),
  number: bilingualMessage('应为数字', 'must be a number'),
  checkbox: bilingualMessage('应为 true 或 false', 'must be true or false'),
  date: bilingualMessage('应为有效日期，如 2024-01-31', 'must be a valid date, e.g. 2024-01-31'),
  richText: bilingualMessage(
    '应为富文本（含 root 的 Lexical 文档）',
    'must be rich text (a Lexical document with a root)',
  ),
  object: bilingualMessage('应为对象', 'must be an object'),
  list: bilingualMessage('应为列表', 'must be a list'),
  single: bilingualMessage('只能选择一项，不能是列表', 'takes one value, not a list'),
  id: bilingualMessage('应为文档编号（正整数）', 'must be a document id (a positive whole number)'),
  reference: bilingualMessage('应为 { relationTo, value } 形式的引用', 'must be a reference { relationTo, value }'),
}

const optionValues = (field: { options: ReadonlyArray<string | { value: string }> }) =>
  field.options.map((option) => (typeof option === 'string' ? option : option.value))

const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value))

/** ISO 8601 as the admin and clients send it: a date, optionally a time and an offset. */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/

/** Years PostgreSQL's timestamp and JavaScript's Date both hold, written with four digits. */
const isStorableYear = (year: number) => year >= 1 && year <= 9999

/**
 * A date PostgreSQL will take as it was meant. `Date.parse` is lenient ("1" is 2001, 2024-02-30 is 1 March)
 * while PostgreSQL refuses those (a 500), so strings must be ISO 8601 with a real day and time of day.
 */
const isDate = (value: unknown) => {
  if (value instanceof Date) return !Number.isNaN(value.getTime()) && isStorableYear(value.getUTCFullYear())
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value.trim())
  if (!match) return false
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0))
  const calendarDay = new Date(Date.UTC(year!, month! - 1, day!))
  return (
    isStorableYear(year!) &&
    calendarDay.getUTCMonth() === month! - 1 &&
    calendarDay.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    !Number.isNaN(Date.parse(value))
  )
}

/**
 * Where a Lexical document's tree is not one the editor writes: a root of type "root" whose `children`, and
 * every node's, are lists of nodes, each an object with a string `type`, text nodes holding a string.
 * Payload's Lexical hooks walk the tree assuming that shape (a TypeError, a 500, otherwise). Walks with a
 * stack: depth is bounded elsewhere (unsafeText.ts), and a recursive walk would overflow first.
 */
const lexicalProblem = (root: Record<string, unknown>): string | undefined => {
  const malformed = (zh: string, en: string) =>
    bilingualMessage(`富文本格式无效：${zh}`, `rich text is malformed: ${en}`)
  if (root.type !== 'root') return malformed('root 的 type 应为 "root"', 'the root\'s type must be "root"')
  if (!Array.isArray(root.children)) return malformed('root 应有 children 列表', 'the root needs a children list')
  const pending: unknown[] = root.children.slice()
  while (pending.length) {
    const node = pending.pop()
    if (!isPlainObject(node) || typeof node.type !== 'string')
      return malformed('每个节点应为带 type 的对象', 'every node must be an object with a type')
    if (node.type === 'text' && typeof node.text !== 'string')
      return malformed('文本节点的 text 应为文本', "a text node's text must be a string")
    if ('children' in node) {
      if (!Array.isArray(node.children))
        return malformed('节点的 children 应为列表', "a node's children must be a list")
      for (const child of node.children) pending.push(child)
    }
  }
  return undefined
}

type Check = { errors: ShapeError[]; references: Reference[] }

/** Each item of a hasMany value, or the value itself; a list where one value belongs is an error. */
const eachValue = (hasMany: boolean | undefined, value: unknown, path: string, check: Check): unknown[] | null => {
  if (hasMany) {
    if (Array.isArray(value)) return value
    check.errors.push({ path, message: expected.list })
    return null
  }
  if (Array.isArray(value)) {
    check.errors.push({ path, message: expected.single })
    return null
  }
  return [value]
}

const checkField = (field: FlattenedField, value: unknown, path: string, check: Check): void => {
  if (value === undefined || value === null) return
  const fail = (message: string) => {
    check.errors.push({ path, message })
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      const values = eachValue(field.type === 'text' && field.hasMany, value, path, check)
      if (values?.some((item) => typeof item !== 'string'))
        fail(field.type === 'text' && field.hasMany ? expected.texts : expected.text)
      return
    }
    case 'number': {
      const values = eachValue(field.hasMany, value, path, check)
      if (values?.some((item) => !isNumeric(item))) fail(expected.number)
      return
    }
    case 'checkbox':
      if (typeof value !== 'boolean') fail(expected.checkbox)
      return
    case 'date':
      if (!isDate(value)) fail(expected.date)
      return
    case 'select':
    case 'radio': {
      const allowed = optionValues(field)
      const values = eachValue(field.type === 'select' && field.hasMany, value, path, check)
      if (values?.some((item) => typeof item !== 'string' || !allowed.includes(item))) {
        fail(bilingualMessage(`应为以下选项之一：${allowed.join('、')}`, `must be one of: ${allowed.join(', ')}`))
      }
      return
    }
    case 'relationship':
    case 'upload': {
      const values = eachValue(field.hasMany, value, path, check)
      const targets: readonly CollectionSlug[] = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      for (const item of values ?? []) {
        const isPolymorphic = Array.isArray(field.relationTo)
        const ref = isPolymorphic ? (isPlainObject(item) ? item : null) : { relationTo: targets[0], value: item }
        const id = ref ? relationId(ref.value) : null
        if (!ref || typeof ref.relationTo !== 'string' || !isListed(targets, ref.relationTo) || id === null) {
          fail(isPolymorphic ? expected.reference : expected.id)
          return
        }
        check.references.push({ path, collection: ref.relationTo, id })
      }
      return
    }
    case 'richText': {
      if (!isPlainObject(value) || !isPlainObject(value.root)) {
        fail(expected.richText)
        return
      }
      const problem = lexicalProblem(value.root)
      if (problem) fail(problem)
      return
    }
    case 'group':
    case 'tab':
      if (!isPlainObject(value)) {
        fail(expected.object)
        return
      }
      checkFields(field.flattenedFields, value, `${path}.`, check)
      return
    case 'array':
      // The admin sends an array it holds no rows of as its row count, 0, and a cleared one as null: both empty.
      if (value === 0 || value === null) return
      if (!Array.isArray(value)) {
        fail(expected.list)
        return
      }
      value.forEach((row, i) => {
        if (isPlainObject(row)) checkFields(field.flattenedFields, row, `${path}.${i}.`, check)
        else check.errors.push({ path: `${path}.${i}`, message: expected.object })
      })
      return
    default:
      // json, point, blocks, join: Payload's own validation covers them (none of ours takes client input).
      return
  }
}

const checkFields = (fields: FlattenedField[], data: Record<string, unknown>, prefix: string, check: Check) => {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    checkField(field, data[field.name], `${prefix}${field.name}`, check)
  }
}

/**
 * Checks that each value in a write has the shape its field stores: text for text, an option for a
 * select, a document id for a relationship. Payload would otherwise store `{"a":1}` as the text
 * '{"a":1}', turn "abc" into an empty number, or pass a bad id to PostgreSQL (a 500). Unknown keys
 * are left to Payload, which ignores them. Returns the errors and the referenced ids to look up.
 */
export const checkInputShape = (fields: FlattenedField[], data: unknown): Check => {
  const check: Check = { errors: [], references: [] }
  if (!isPlainObject(data)) {
    check.errors.push({
      path: 'data',
      message: bilingualMessage('请求体须为 JSON 对象', 'the body must be a JSON object'),
    })
    return check
  }
  checkFields(fields, data, '', check)
  return check
}
