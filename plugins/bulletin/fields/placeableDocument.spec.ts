import type { CollectionSlug } from 'payload'

import { describe, expect, it } from 'vitest'

import { pickerFilter } from './placeableDocument'

const filter = (relationTo: CollectionSlug, data: Record<string, unknown>, siblingData: unknown = {}) =>
  pickerFilter({ relationTo, data, siblingData })

describe('pickerFilter', () => {
  it('should offer only published, proactive documents in the issue’s coverage period', () => {
    expect(filter('disclosure-items', { coversFrom: '2026-01-01', coversTo: '2026-01-31' })).toEqual({
      and: [
        { _status: { equals: 'published' } },
        { disclosureMethod: { equals: 'proactive' } },
        { dateMade: { greater_than_equal: '2026-01-01' } },
        { dateMade: { less_than_equal: '2026-01-31' } },
      ],
    })
  })

  it('should read a policy’s date from its publication date', () => {
    expect(JSON.stringify(filter('policies', { coversFrom: '2026-01-01' }))).toContain('datePublished')
  })

  it('should offer only rules in the rules column', () => {
    const entry = {}
    const data = { sections: [{ column: 'rules', entries: [entry] }] }
    expect(filter('disclosure-items', data, entry)).toBe(false)
    expect(JSON.stringify(filter('policies', data, entry))).toContain('government-rule')
    const copied = {
      sections: [
        { column: 'government', entries: [{ id: 'a' }] },
        { column: 'rules', entries: [{ id: 'b' }] },
      ],
    }
    expect(filter('disclosure-items', copied, { id: 'b' })).toBe(false)
    expect(filter('disclosure-items', copied, { id: 'a' })).not.toBe(false)
  })

  it('should read the admin’s form state, where a section without entries holds its row count instead of rows', () => {
    const formState = {
      sections: [
        { column: 'government', entries: 0 },
        { column: 'rules', entries: [{ id: 'new-row' }] },
        { column: 'office', entries: 3 },
      ],
    }
    expect(filter('disclosure-items', formState, { id: 'new-row' })).toBe(false)
    expect(filter('disclosure-items', { sections: 7 }, { id: 'new-row' })).not.toBe(false)
  })
})
