import type { Field, SanitizedConfig } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { DATE_FORMAT, DATE_TIME_FORMAT } from '../../../src/lib/platform/dates'
import { config } from '../../helpers/payload'

/**
 * Dates read with their year in the admin (2012-06-15, not 「6月 15」 or 「12/01/2026」): every date field takes
 * `dayOnly` or `dayAndTime` from src/lib/platform/dates.ts. Reads the built config only.
 */

type DateField = { path: string; date?: { pickerAppearance?: string; displayFormat?: string } }

/** createdAt and updatedAt follow `admin.dateFormat` (tested below); Payload's auth fields are never shown. */
const isPayloadOwned = (field: Field) =>
  ('name' in field && (field.name === 'createdAt' || field.name === 'updatedAt')) ||
  ('hidden' in field && field.hidden === true) ||
  (field.admin as { hidden?: boolean; disabled?: boolean } | undefined)?.hidden === true ||
  (field.admin as { disabled?: boolean } | undefined)?.disabled === true

const dateFields = (fields: Field[], prefix: string): DateField[] =>
  fields.flatMap((field): DateField[] => {
    if (isPayloadOwned(field)) return []
    const path = 'name' in field && field.name ? `${prefix}.${field.name}` : prefix
    if (field.type === 'date') return [{ path, date: field.admin?.date as DateField['date'] }]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFields(tab.fields, path))
    if (field.type === 'blocks')
      return (field.blocks ?? []).flatMap((block) => dateFields(block.fields, `${path}.${block.slug}`))
    return 'fields' in field && Array.isArray(field.fields) ? dateFields(field.fields, path) : []
  })

describe('admin dates', () => {
  let built: SanitizedConfig
  let fields: DateField[]

  beforeAll(async () => {
    built = await config
    fields = [
      ...built.collections
        .filter((collection) => !collection.slug.startsWith('payload-'))
        .flatMap((collection) => dateFields(collection.fields, collection.slug)),
      ...(built.globals ?? []).flatMap((global) => dateFields(global.fields, `global:${global.slug}`)),
    ]
  })

  it('should find the date fields of the domain and the plugins', () => {
    expect(fields.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        'disclosure-items.dateMade',
        'policies.dateWritten',
        'bulletin-issues.frozenAt',
        'disclosure-items.scheduledPublishAt',
        'global:workflow-calendar.holidays.date',
      ]),
    )
  })

  it('should show every date field with its year, as a day or as a day and time', () => {
    const wrong = fields
      .filter(
        ({ date }) =>
          !(date?.pickerAppearance === 'dayOnly' && date.displayFormat === DATE_FORMAT) &&
          !(date?.pickerAppearance === 'dayAndTime' && date.displayFormat === DATE_TIME_FORMAT),
      )
      .map(({ path, date }) => `${path}: ${JSON.stringify(date)}`)
    expect(
      wrong,
      `date fields without dayOnly or dayAndTime (src/lib/platform/dates.ts):\n${wrong.join('\n')}`,
    ).toEqual([])
  })

  it('should pick date-only fields from a calendar without a time', () => {
    const dayOnly = fields.filter(({ path }) =>
      ['disclosure-items.dateMade', 'policies.dateWritten', 'policies.dateEffective', 'officials.termStart'].some(
        (wanted) => path.endsWith(wanted),
      ),
    )
    expect(dayOnly.length).toBeGreaterThanOrEqual(4)
    for (const { date } of dayOnly) expect(date?.pickerAppearance).toBe('dayOnly')
  })

  it('should show created and updated times with the year', () => {
    expect(built.admin.dateFormat).toBe(DATE_TIME_FORMAT)
  })
})
