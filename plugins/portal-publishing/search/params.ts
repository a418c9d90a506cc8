import { bilingualMessage } from '../../../src/lib/platform/labels'

export type SearchParams = {
  /** The words typed; empty lists the filtered documents newest first. */
  q?: string
  institution?: number
  theme?: number
  genre?: number
  year?: number
  validity?: string
  collection?: string
  /** 1-based. @default 1 */
  page?: number
  /** @default 10, at most 50 */
  limit?: number
}

export type ParamError = { field: string; message: string }

const MAX_QUERY_CHARS = 100
export const MAX_LIMIT = 50
/** The values of the `validity` select field (collections/fields/validity.ts), which a plugin does not import. */
export const VALIDITIES = ['valid', 'expired', 'repealed', 'amended']

const positiveInteger = (raw: string) => (/^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null)

/**
 * Reads search parameters from a query string, refusing bad ones by name (the endpoint answers 400).
 * Unknown parameters are ignored, as browsers and crawlers add their own.
 */
export const parseSearchParams = (query: URLSearchParams): { params: SearchParams } | { error: ParamError } => {
  const params: SearchParams = {}
  const q = query.get('q')?.trim() ?? ''
  if ([...q].length > MAX_QUERY_CHARS) {
    return {
      error: {
        field: 'q',
        message: bilingualMessage(
          `检索词不能超过 ${MAX_QUERY_CHARS} 个字`,
          `the query may have at most ${MAX_QUERY_CHARS} characters`,
        ),
      },
    }
  }
  if (q) params.q = q

  for (const field of ['institution', 'theme', 'genre', 'page', 'limit'] as const) {
    const raw = query.get(field)?.trim()
    if (!raw) continue
    const value = positiveInteger(raw)
    if (value === null)
      return {
        error: { field, message: bilingualMessage(`${field} 须为正整数`, `${field} must be a positive integer`) },
      }
    params[field] = value
  }
  if (params.limit !== undefined && params.limit > MAX_LIMIT) {
    return {
      error: {
        field: 'limit',
        message: bilingualMessage(`每页最多 ${MAX_LIMIT} 条`, `limit may be at most ${MAX_LIMIT}`),
      },
    }
  }

  const year = query.get('year')?.trim()
  if (year) {
    if (!/^\d{4}$/.test(year))
      return { error: { field: 'year', message: bilingualMessage('年份须为四位数字', 'year must have four digits') } }
    params.year = Number(year)
  }
  const validity = query.get('validity')?.trim()
  if (validity) {
    if (!VALIDITIES.includes(validity)) {
      return {
        error: {
          field: 'validity',
          message: bilingualMessage(
            `有效性须为 ${VALIDITIES.join('、')} 之一`,
            `validity must be one of ${VALIDITIES.join(', ')}`,
          ),
        },
      }
    }
    params.validity = validity
  }
  const collection = query.get('collection')?.trim()
  if (collection) params.collection = collection
  return { params }
}
