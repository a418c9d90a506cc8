import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'

import type { ScanRules } from '../findings'

import { checkPersonalData, idCheckCharacter, isIdNumber, maskIdNumber } from './personalData'

const rules: ScanRules = { words: [], officialNames: [], allowedLinkDomains: [] }
const check = (text: string) => checkPersonalData({ field: 'body', text }, rules)

/** Valid check characters, computed by hand: 9, X and 7. */
const VALID_ID = '150783198506121239'
const VALID_ID_X = '11010519491231002X'
const LEAP_DAY_ID = '150783200002290047'

describe('personal data', () => {
  it('should block an id number with a valid check character, masked in the match and the context', () => {
    const [found] = check(`申请人王某，身份证号${VALID_ID}，住扎兰屯市`)
    expect(found).toMatchObject({
      check: 'personalData',
      severity: 'block',
      match: '1507**********1239',
      fingerprint: 'personalData:body:1507**********1239',
      context: '申请人王某，身份证号1507**********1239，住扎兰屯市',
    })
    expect(JSON.stringify(found)).not.toContain('198506')
  })

  it('should accept a lower-case x as the check character and a leap day birth date', () => {
    expect(check(`号码${VALID_ID_X.toLowerCase()}`)[0]?.match).toBe('1101**********002X')
    expect(check(LEAP_DAY_ID)).toHaveLength(1)
  })

  it('should not take an 18-digit number with a wrong check character or an impossible birth date for an id', () => {
    expect(check('150783198506121238')).toEqual([])
    const feb30 = '15078319850230001'
    expect(check(`${feb30}${idCheckCharacter(feb30)}`)).toEqual([])
    const future = '15078330000101001'
    expect(check(`${future}${idCheckCharacter(future)}`)).toEqual([])
  })

  it('should not read an id number inside a longer code', () => {
    expect(check(`实施编码${VALID_ID}0001`)).toEqual([])
    expect(check(`11152300MB1234567X`)).toEqual([])
  })

  it('should block mobile numbers written in the usual ways, masked', () => {
    for (const text of [
      '电话13812345678。',
      '电话138-1234-5678',
      '电话138 1234 5678',
      '电话+86 13812345678',
      '电话8613812345678',
    ]) {
      const findings = check(text)
      expect(findings, text).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        severity: 'block',
        match: '138****5678',
        fingerprint: 'personalData:body:138****5678',
      })
      expect(findings[0]!.context, text).not.toContain('1234')
    }
  })

  it('should not take landlines, postcodes or longer digit runs for mobile numbers', () => {
    expect(check('联系电话:0470-3204029;邮编:162650;传真0470-3202126')).toEqual([])
    expect(check('编号213812345678')).toEqual([])
    expect(check('编号138123456789')).toEqual([])
    expect(check('12345政府服务便民热线')).toEqual([])
  })

  it('should mask a neighbouring number in the context too', () => {
    const findings = check(`${VALID_ID}、13812345678`)
    expect(findings.map((found) => found.match)).toEqual(['1507**********1239', '138****5678'])
    for (const found of findings) expect(found.context).toBe('1507**********1239、138****5678')
  })

  test.prop([fc.string({ minLength: 17, maxLength: 17, unit: fc.constantFrom(...'0123456789') })])(
    'should never show more than 8 characters of an id number',
    (first17) => {
      const id = `${first17}${idCheckCharacter(first17)}`
      const masked = maskIdNumber(id)
      expect(masked.replace(/\*/g, '')).toHaveLength(8)
      for (const found of check(`前文${id}后文`)) {
        expect(found.match.replace(/[^0-9X]/g, '')).toHaveLength(8)
        expect(found.context.replace(/[^0-9X]/g, '')).toHaveLength(8)
      }
      expect(isIdNumber(id)).toBe(check(id).length === 1)
    },
  )
})
