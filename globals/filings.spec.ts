import { describe, expect, it } from 'vitest'

import { ICP_NUMBER, POSTCODE, PUBLIC_SECURITY_NUMBER, publicSecurityFilingUrl, WEBSITE_CODE } from './filings'

describe('filing numbers', () => {
  it('should accept the shapes government sites show, and refuse others', () => {
    expect(WEBSITE_CODE.test('1507830001')).toBe(true)
    expect(WEBSITE_CODE.test('150783000')).toBe(false)
    expect(ICP_NUMBER.test('蒙ICP备05001234号')).toBe(true)
    expect(ICP_NUMBER.test('蒙ICP备05001234号-1')).toBe(true)
    expect(ICP_NUMBER.test('ICP 05001234')).toBe(false)
    expect(PUBLIC_SECURITY_NUMBER.test('蒙公网安备 15078302000123号')).toBe(true)
    expect(PUBLIC_SECURITY_NUMBER.test('蒙公网安备1507830200012号')).toBe(false)
    expect(POSTCODE.test('162650')).toBe(true)
    expect(POSTCODE.test('16265')).toBe(false)
  })

  it('should link the public-security filing to its record by the 14-digit code', () => {
    expect(publicSecurityFilingUrl('蒙公网安备 15078302000123号')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=15078302000123',
    )
    expect(publicSecurityFilingUrl('not a number')).toBeNull()
  })
})
