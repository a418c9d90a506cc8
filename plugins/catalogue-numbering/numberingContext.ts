import type { CollectionSlug, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { ValidationError } from 'payload'

import type { PatternValues } from './pattern'
import type { ResolvedNumberingOptions } from './types'

import { tableOf } from '../../src/lib/platform/database/tables'
import { transactionOf } from '../../src/lib/platform/database/transaction'
import { localDay } from '../../src/lib/platform/dates'
import { bilingualMessage } from '../../src/lib/platform/i18n/messages'
import { INSTITUTION_PATTERN_FIELD, SETTINGS_SLUG } from './defaults'

type Doc = Record<string, unknown>

const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}

/** The pattern and the values (credit code, category) a document's number is built from. */
export type NumberingContext = { pattern: string; values: Omit<PatternValues, 'year' | 'month'> }

const refuse = (collection: string, path: string, message: string): never => {
  throw new ValidationError({ collection, errors: [{ path, message }] })
}

/**
 * Looks up what the number depends on: the publishing institution (its credit code and its own
 * pattern, if any), the office-wide default pattern, and the category code when the pattern uses it.
 */
export const numberingContextOf = async ({
  collection,
  doc,
  options,
  req,
}: {
  collection: CollectionSlug
  doc: Doc
  options: ResolvedNumberingOptions
  req: PayloadRequest
}): Promise<NumberingContext> => {
  const institutionField = options.institutionFieldOf(collection)
  const institutionId = idOf(doc[institutionField])
  if (institutionId === null) {
    return refuse(
      collection,
      institutionField,
      bilingualMessage('发布机构为空，无法生成索引号', 'no publishing institution, so no index number can be made'),
    )
  }
  const db = await transactionOf(req)
  const institutions = tableOf(req, options.institutionsCollection)
  const settings = tableOf(req, SETTINGS_SLUG)
  // One lean statement on the publishing hot path: the institution's code and pattern, and the
  // office-wide default (read fresh every time, so a change made on another instance applies at once).
  const { rows } = await db.execute(sql`
    select ${institutions.creditCode} as "creditCode", ${institutions[INSTITUTION_PATTERN_FIELD]!} as "pattern",
      (select ${settings.defaultPattern} from ${settings} limit 1) as "defaultPattern"
    from ${institutions} where ${institutions.id} = ${institutionId}`)
  const found = rows[0] as
    undefined | { creditCode: null | string; defaultPattern: null | string; pattern: null | string }
  const creditCode = found?.creditCode
  if (typeof creditCode !== 'string' || creditCode.length !== 18) {
    return refuse(
      collection,
      institutionField,
      bilingualMessage(
        '发布机构没有统一社会信用代码，无法生成索引号',
        'the publishing institution has no credit code, so no index number can be made',
      ),
    )
  }
  const pattern = found?.pattern || found?.defaultPattern || options.defaultPattern

  let category: string | undefined
  if (pattern.includes('{category}')) {
    const categories = tableOf(req, 'categories')
    for (const field of options.categoryFields) {
      const categoryId = idOf(doc[field])
      if (categoryId === null) continue
      const { rows: codes } = await db.execute(
        sql`select ${categories.code} as "code" from ${categories} where ${categories.id} = ${categoryId}`,
      )
      const code = codes[0]?.code
      if (typeof code === 'string') {
        category = code
        break
      }
    }
  }
  return { pattern, values: { creditCode, category } }
}

/** Year and month of a moment as the office reads its calendar (China Standard Time by default). */
export const calendarOf = (moment: Date, timeZone: string): { year: number; month: number } => {
  const [year, month] = localDay(moment, timeZone).split('-').map(Number)
  return { year: year!, month: month! }
}
