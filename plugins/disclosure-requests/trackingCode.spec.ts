import { describe, expect, it } from 'vitest'

import { newTrackingCode, TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from './trackingCode'

describe('newTrackingCode', () => {
  it('should be 12 characters of the Crockford base32 alphabet', () => {
    for (let i = 0; i < 200; i++) expect(newTrackingCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/)
    expect(TRACKING_ALPHABET).toHaveLength(32)
    expect(TRACKING_CODE_LENGTH).toBe(12)
  })

  it('should not repeat, nor share a prefix with the code made just before', () => {
    const codes = Array.from({ length: 2000 }, newTrackingCode)
    expect(new Set(codes).size).toBe(codes.length)
    const sharedPrefixes = codes.slice(1).filter((code, i) => code.slice(0, 4) === codes[i]!.slice(0, 4))
    expect(sharedPrefixes.length).toBeLessThan(3)
  })

  it('should use every character of the alphabet', () => {
    const seen = new Set(Array.from({ length: 500 }, newTrackingCode).join(''))
    expect(seen.size).toBe(32)
  })
})
