import { describe, expect, it } from 'vitest'

import { csrfOrigins } from './csrfOrigins'

describe('csrfOrigins', () => {
  it('should allow the origin of SERVER_URL, without its path or trailing slash', () => {
    expect(csrfOrigins('https://gongkai.example.gov.cn/')).toEqual(['https://gongkai.example.gov.cn'])
    expect(csrfOrigins('http://10.0.0.5:3000/portal')).toEqual(['http://10.0.0.5:3000'])
  })

  it('should allow no list at all without SERVER_URL', () => {
    expect(csrfOrigins(undefined)).toEqual([])
    expect(csrfOrigins('')).toEqual([])
  })

  it('should refuse a SERVER_URL that is no URL, naming it', () => {
    expect(() => csrfOrigins('gongkai.example.gov.cn')).toThrow(/SERVER_URL.*gongkai\.example\.gov\.cn/)
  })
})
