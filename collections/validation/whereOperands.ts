import type { FlattenedField } from 'payload'

import type { ShapeError } from './inputShape'

import { MAX_ID } from '../../src/lib/platform/ids'
import { bilingualMessage } from '../../src/lib/platform/labels'

const ONE_VALUE = ['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const LIST = ['in', 'not_in', 'all']

type Operand = 'id' | 'number'

const isWhole = (value: unknown) => {
  const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && Math.abs(number) <= MAX_ID
}

const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value))

/** What a top-level query path compares against: ids (id, relationships) or numbers; null for anything else. */
const operandOf = (fields: FlattenedField[], path: string): null | Operand => {
  // Version queries name fields under `version.`; `parent` there is the document's id.
  const name = path.startsWith('version.') ? path.slice('version.'.length) : path
  if (name === 'id' || path === 'parent') return 'id'
  if (name.includes('.')) return null
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field) return null
  if ((field.type === 'relationship' || field.type === 'upload') && !Array.isArray(field.relationTo)) return 'id'
  return field.type === 'number' ? 'number' : null
}

const message = (operand: Operand) =>
  operand === 'id'
    ? bilingualMessage('查询值应为文档编号（整数）', 'the query value must be a document id (a whole number)')
    : bilingualMessage('查询值应为数字', 'the query value must be a number')

/**
 * Refuses query operands that the database cannot compare with the column: `?where[institution][equals]=abc`
 * or `[in]=1,abc` against an integer id, which Payload passes on as NaN (PostgreSQL then fails, a 500).
 * Unknown paths and operators are Payload's to refuse (it answers 400 naming the path).
 */
export const checkWhereOperands = (fields: FlattenedField[], where: unknown, prefix = 'where'): ShapeError[] => {
  if (typeof where !== 'object' || where === null) return []
  const errors: ShapeError[] = []
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (Array.isArray(condition))
        condition.forEach((inner, i) => errors.push(...checkWhereOperands(fields, inner, `${prefix}.${key}.${i}`)))
      continue
    }
    const operand = operandOf(fields, key)
    if (!operand || typeof condition !== 'object' || condition === null) continue
    const isValid = operand === 'id' ? isWhole : isNumeric
    for (const [operator, value] of Object.entries(condition)) {
      if (value === null || value === 'null') continue
      const values = LIST.includes(operator)
        ? Array.isArray(value)
          ? value
          : String(value).split(',')
        : ONE_VALUE.includes(operator)
          ? [value]
          : []
      if (values.some((item) => item !== null && !isValid(item))) {
        errors.push({ path: `${prefix}.${key}.${operator}`, message: message(operand) })
      }
    }
  }
  return errors
}
