import { describe, expect, it } from 'vitest'

import { checkCreditCode, creditCodeCheckCharacter, divisionCodeOf, organisationCodeOf } from './creditCode'

describe('checkCreditCode', () => {
  it('should accept published real-world codes', () => {
    // Codes printed on public registrations.
    for (const code of ['91350100M000100Y43', '11441700007280420Y', '91110000600037341L']) {
      expect(checkCreditCode(code)).toEqual({ isValid: true })
    }
  })

  it('should compute the check character of a code', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3')
  })

  it('should refuse a wrong check character and name the expected one', () => {
    const result = checkCreditCode('91350100M000100Y44')
    expect(result.isValid).toBe(false)
    expect(!result.isValid && result.reason).toContain('“3”')
  })

  it('should refuse a wrong length', () => {
    const result = checkCreditCode('91350100M000100Y4')
    expect(!result.isValid && result.reason).toMatch(/18/)
  })

  it('should refuse characters outside the GB 32100 set', () => {
    const result = checkCreditCode('91350100M00010OY43')
    expect(!result.isValid && result.reason).toContain('O')
    expect(checkCreditCode('91350100m000100Y43').isValid).toBe(false)
  })

  it('should extract the organisation and division codes', () => {
    expect(organisationCodeOf('11441700007280420Y')).toBe('007280420')
    expect(divisionCodeOf('11441700007280420Y')).toBe('441700')
  })
})
