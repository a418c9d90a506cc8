import type { CollectionSlug } from 'payload'

import type { CatalogueNumberingOptions, ResolvedNumberingOptions } from './types'

import { DEFAULT_TIME_ZONE } from '../../src/lib/platform/dates'
import { bilingualMessage } from '../../src/lib/platform/i18n/messages'

/** Slugs of what the plugin adds. */
export const COUNTERS_SLUG = 'catalogue-counters'
export const REGISTRY_SLUG = 'catalogue-numbers'
export const SETTINGS_SLUG = 'catalogue-numbering-settings'
export const BACKFILL_TASK = 'backfillIndexNumbers'

/** The institution field that overrides the pattern for that institution's documents. */
export const INSTITUTION_PATTERN_FIELD = 'indexNumberPattern'

/** `req.context` flag of the legacy import path: the only way to bring a number in from outside. */
export const IMPORT_CONTEXT_FLAG = 'catalogueImport'

/** Why a write that sets or changes an index number is refused (by the guard, and on a racing import). */
export const IMMUTABLE_MESSAGE = bilingualMessage(
  '索引号由系统在首次发布时生成，不能设置或修改',
  'the index number is assigned on first publication and cannot be set or changed',
)

/**
 * `req.context` key: the ISO date of the document's first publication, for documents published before
 * they reach this system (backfill, historic imports, demo data). The number's year and month are read
 * from it instead of from today.
 */
export const BACKFILL_CONTEXT_KEY = 'catalogueBackfillPublishedAt'

/** The numbers' year follows the date a document was made, where the collection has one. */
export const defaultDateFields: Partial<Record<CollectionSlug, string>> = {
  'disclosure-items': 'dateMade',
  policies: 'dateWritten',
}

export const resolveOptions = (options: CatalogueNumberingOptions): ResolvedNumberingOptions => ({
  collections: options.collections ?? ['disclosure-items', 'policies', 'approval-services'],
  defaultPattern: options.defaultPattern ?? '{creditCode}/{yyyy}-{serial:5}',
  institutionsCollection: options.institutionsCollection ?? 'institutions',
  categoryFields: options.categoryFields ?? ['theme', 'genre'],
  timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  portalPath: options.portalPath ?? '/catalogue',
  gapless: options.gapless ?? true,
  disabled: options.disabled ?? false,
  dateFieldOf: (collection) => {
    const field = options.dateField?.[collection] ?? defaultDateFields[collection]
    return field || undefined
  },
  institutionFieldOf: (collection) =>
    options.institutionField?.[collection] ?? (collection === 'policies' ? 'issuer' : 'institution'),
})
