import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { PatternValues } from './pattern'
import type { ResolvedNumberingOptions } from './types'

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
  collection: string
  doc: Doc
  options: ResolvedNumberingOptions
  req: PayloadRequest
}): Promise<NumberingContext> => {
  const institutionField = options.institutionFieldOf(collection)
  const institutionId = idOf(doc[institutionField])
  if (institutionId === null) {
    return refuse(collection, institutionField, '发布机构为空，无法生成索引号 / no publishing institution, so no index number can be made')
  }
  const institution = (await req.payload.findByID({
    collection: options.institutionsCollection,
    id: institutionId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as Doc | null
  const creditCode = institution?.creditCode
  if (typeof creditCode !== 'string' || creditCode.length !== 18) {
    return refuse(
      collection,
      institutionField,
      '发布机构没有统一社会信用代码，无法生成索引号 / the publishing institution has no credit code, so no index number can be made',
    )
  }
  const settings = (await req.payload.findGlobal({ slug: SETTINGS_SLUG as never, req, overrideAccess: true, depth: 0 })) as Doc
  const pattern =
    (institution?.[INSTITUTION_PATTERN_FIELD] as string | undefined) ||
    (settings.defaultPattern as string | undefined) ||
    options.defaultPattern

  let category: string | undefined
  if (pattern.includes('{category}')) {
    for (const field of options.categoryFields) {
      const categoryId = idOf(doc[field])
      if (categoryId === null) continue
      const found = (await req.payload.findByID({ collection: 'categories', id: categoryId, depth: 0, req, overrideAccess: true, disableErrors: true })) as Doc | null
      if (typeof found?.code === 'string') {
        category = found.code
        break
      }
    }
  }
  return { pattern, values: { creditCode, category } }
}

/** Year and month of a moment as the office reads its calendar (China Standard Time by default). */
export const calendarOf = (moment: Date, timeZone: string): { year: number; month: number } => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(moment)
  return {
    year: Number(parts.find((part) => part.type === 'year')!.value),
    month: Number(parts.find((part) => part.type === 'month')!.value),
  }
}
