import type { ParamError } from '../search/params'

import { bilingualMessage } from '../../../src/lib/platform/labels'
import { VALIDITIES } from '../search/params'

/**
 * The filters of `GET /api/portal/facets`, with the portal catalogue's names and meaning
 * (src/app/(portal)/_data/catalogue.ts): an institution includes the offices under it, a year is a year
 * of `dateMade` in the government's time zone. Every one is optional; none at all is the unfiltered catalogue.
 */
export type FacetFilter = {
  /** An institution id: its own documents and those of the published institutions under it. */
  institution?: number
  /** A theme category id. */
  theme?: number
  /** A genre category id. */
  genre?: number
  /** Four digits. */
  year?: number
  /** One of the `validity` field's values. */
  validity?: string
}

export const FACET_DIMENSIONS = ['institution', 'theme', 'genre', 'year', 'validity'] as const

export type FacetDimension = (typeof FACET_DIMENSIONS)[number]

const positiveInteger = (raw: string) => (/^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null)

const refusal = (field: string, zh: string, en: string) => ({ error: { field, message: bilingualMessage(zh, en) } })

/**
 * Reads the filters from a query string, refusing a malformed one by name (the endpoint answers 400).
 * Empty values count as absent and unknown parameters are ignored, as the search does (browsers and
 * crawlers add their own).
 */
export const parseFacetParams = (query: URLSearchParams): { filter: FacetFilter } | { error: ParamError } => {
  const filter: FacetFilter = {}
  for (const field of ['institution', 'theme', 'genre'] as const) {
    const raw = query.get(field)?.trim()
    if (!raw) continue
    const value = positiveInteger(raw)
    if (value === null) return refusal(field, `${field} 须为正整数`, `${field} must be a positive integer`)
    filter[field] = value
  }
  const year = query.get('year')?.trim()
  if (year) {
    if (!/^[1-9]\d{3}$/.test(year))
      return refusal('year', '年份须为 1000 至 9999 的四位数字', 'year must have four digits, from 1000 to 9999')
    filter.year = Number(year)
  }
  const validity = query.get('validity')?.trim()
  if (validity) {
    if (!VALIDITIES.includes(validity))
      return refusal(
        'validity',
        `有效性须为 ${VALIDITIES.join('、')} 之一`,
        `validity must be one of ${VALIDITIES.join(', ')}`,
      )
    filter.validity = validity
  }
  return { filter }
}
