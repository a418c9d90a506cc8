import { DEFAULT_TIME_ZONE, localDay } from '../../src/lib/platform/dates'

/** How the plugin reads the documents it places, whatever their collection. */

export type DocumentRef = { collection: string; id: string }

/** A polymorphic relationship value, populated or not, as a plain reference. */
export const refOf = (value: unknown): DocumentRef | null => {
  if (!value || typeof value !== 'object') return null
  const { relationTo, value: target } = value as { relationTo?: string; value?: unknown }
  if (!relationTo || target === null || target === undefined) return null
  const id = typeof target === 'object' ? (target as { id?: unknown }).id : target
  return id === undefined || id === null ? null : { collection: relationTo, id: String(id) }
}

/** The date printed with an entry and used by the picker and the suggestion: when it was made or issued. */
export const dateFieldOf = (collection: string): string => (collection === 'policies' ? 'datePublished' : 'dateMade')

/**
 * YYYY-MM-DD of a stored date as the office's calendar reads it (China Standard Time): a day picked in
 * the admin arrives as local midnight, a day sent as "2026-01-05" as UTC midnight; both read the same.
 */
export const isoDay = (value: unknown): string | null => {
  if (typeof value !== 'string' || value === '') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : localDay(date, DEFAULT_TIME_ZONE)
}
