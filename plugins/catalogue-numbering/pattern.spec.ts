import { describe, expect, it } from 'vitest'

import { checkPattern, counterKey, formatIndexNumber, parseIndexNumber, PatternError } from './pattern'

const institution = { creditCode: '11152300MB1234567X', category: 'T02' }
const may2011 = { ...institution, year: 2011, month: 5 }

describe('index number patterns', () => {
  it('should format the default national pattern', () => {
    expect(formatIndexNumber('{creditCode}/{yyyy}-{serial:5}', may2011, 1)).toBe('11152300MB1234567X/2011-00001')
  })

  it('should format every token', () => {
    expect(formatIndexNumber('{orgCode}|{division}|{category}|{yyyy}{mm}|{serial:3}', may2011, 42)).toBe(
      'MB1234567|152300|T02|201105|042',
    )
  })

  it('should refuse a serial wider than its padding instead of truncating it', () => {
    expect(formatIndexNumber('{yyyy}-{serial:5}', may2011, 99999)).toBe('2011-99999')
    expect(() => formatIndexNumber('{yyyy}-{serial:5}', may2011, 100000)).toThrow(PatternError)
    expect(() => formatIndexNumber('{yyyy}-{serial:5}', may2011, 100000)).toThrow(/serial:5/)
  })

  it('should refuse {category} when the document has none', () => {
    expect(() => formatIndexNumber('{category}-{serial:4}', { ...may2011, category: undefined }, 1)).toThrow(/category/)
  })

  it('should give each year (and month, when the pattern has it) its own counter', () => {
    const pattern = '{creditCode}/{yyyy}-{serial:5}'
    expect(counterKey(pattern, may2011)).not.toBe(counterKey(pattern, { ...may2011, year: 2012 }))
    expect(counterKey(pattern, may2011)).toBe(counterKey(pattern, { ...may2011, month: 12 }))
    expect(counterKey('{yyyy}{mm}-{serial:4}', may2011)).not.toBe(
      counterKey('{yyyy}{mm}-{serial:4}', { ...may2011, month: 6 }),
    )
  })

  it('should accept only patterns with exactly one well-formed serial and known tokens', () => {
    expect(checkPattern('{creditCode}/{yyyy}-{serial:5}')).toEqual({ isValid: true })
    expect(checkPattern('{creditCode}/{yyyy}').isValid).toBe(false)
    expect(checkPattern('{serial:5}-{serial:5}').isValid).toBe(false)
    expect(checkPattern('{serial}').isValid).toBe(false)
    expect(checkPattern('{year}-{serial:5}').isValid).toBe(false)
    expect(checkPattern('{yyyy-{serial:5}').isValid).toBe(false)
  })

  it('should read a legacy number back to its counter and serial', () => {
    const pattern = '{creditCode}/{yyyy}-{serial:5}'
    expect(parseIndexNumber(pattern, institution, '11152300MB1234567X/2009-00110')).toEqual({
      key: counterKey(pattern, { ...institution, year: 2009, month: 1 }),
      serial: 110,
      year: 2009,
    })
    expect(parseIndexNumber(pattern, institution, '11152300MB1234567X/2009-110')).toBeNull()
    expect(parseIndexNumber(pattern, institution, '000014349/2009-00110')).toBeNull()
    expect(parseIndexNumber(pattern, institution, '11152300MB1234567X/2009-00000')).toBeNull()
  })
})
