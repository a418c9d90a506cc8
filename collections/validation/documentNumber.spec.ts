import { describe, expect, it } from 'vitest'

import { checkDocumentNumber } from './documentNumber'

describe('checkDocumentNumber', () => {
  it('should accept the standard shape', () => {
    for (const value of ['扎政发〔2011〕12号', '扎政办发〔2011〕3号', '国发〔2008〕36号', '呼政字〔2019〕120号']) {
      expect(checkDocumentNumber(value)).toEqual({ isValid: true })
    }
  })

  it('should refuse square or round brackets with a hint', () => {
    const result = checkDocumentNumber('扎政发[2011]12号')
    expect(!result.isValid && result.reason).toContain('〔〕')
    expect(checkDocumentNumber('扎政发（2011）12号').isValid).toBe(false)
  })

  it('should refuse a missing 号, a zero serial and an impossible year', () => {
    expect(checkDocumentNumber('扎政发〔2011〕12').isValid).toBe(false)
    expect(checkDocumentNumber('扎政发〔2011〕0号').isValid).toBe(false)
    expect(checkDocumentNumber('扎政发〔1800〕1号').isValid).toBe(false)
  })
})
