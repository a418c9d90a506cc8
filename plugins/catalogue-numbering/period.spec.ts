import { describe, expect, it } from 'vitest'

import { resolveOptions } from './defaults'
import { numberDateOf } from './period'

const publishedAt = new Date('2026-12-01T02:00:00Z')

describe('numberDateOf', () => {
  it('should take the document’s date made when the collection names the field', () => {
    expect(numberDateOf({ doc: { dateMade: '2012-06-15T00:00:00.000Z' }, dateField: 'dateMade', publishedAt })).toEqual(
      new Date('2012-06-15T00:00:00.000Z'),
    )
  })

  it('should fall back to the publication date when the document has no such date', () => {
    expect(numberDateOf({ doc: { dateMade: null }, dateField: 'dateMade', publishedAt })).toBe(publishedAt)
    expect(numberDateOf({ doc: { dateMade: 'not a date' }, dateField: 'dateMade', publishedAt })).toBe(publishedAt)
  })

  it('should use the publication date when no field is named', () => {
    expect(numberDateOf({ doc: { dateMade: '2012-06-15T00:00:00.000Z' }, dateField: undefined, publishedAt })).toBe(
      publishedAt,
    )
  })
})

describe('the dateField option', () => {
  it('should default to the date made of disclosure items and the date written of policies', () => {
    const options = resolveOptions({})
    expect(options.dateFieldOf('disclosure-items')).toBe('dateMade')
    expect(options.dateFieldOf('policies')).toBe('dateWritten')
    expect(options.dateFieldOf('approval-services')).toBeUndefined()
  })

  it('should number by publication for a collection set to false, and by any named field', () => {
    const options = resolveOptions({ dateField: { 'disclosure-items': false, 'approval-services': 'dateAccepted' } })
    expect(options.dateFieldOf('disclosure-items')).toBeUndefined()
    expect(options.dateFieldOf('approval-services')).toBe('dateAccepted')
    expect(options.dateFieldOf('policies')).toBe('dateWritten')
  })
})
