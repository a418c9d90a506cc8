import { bilingualMessage } from '../../src/lib/platform/labels'

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 * 18 characters from a 31-character set; the last one is a mod-31 check character over the first 17.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type CreditCodeCheck = { isValid: true } | { isValid: false; reason: string }

/** The check character the first 17 characters call for. */
export const creditCodeCheckCharacter = (first17: string): string => {
  const sum = [...first17].reduce((acc, char, i) => acc + CHARSET.indexOf(char) * WEIGHTS[i]!, 0)
  return CHARSET[(31 - (sum % 31)) % 31]!
}

export const checkCreditCode = (code: string): CreditCodeCheck => {
  if (code.length !== 18) {
    return {
      isValid: false,
      reason: bilingualMessage(
        `统一社会信用代码应为 18 位，实际 ${code.length} 位`,
        `must be 18 characters, got ${code.length}`,
      ),
    }
  }
  const badChar = [...code].find((char) => !CHARSET.includes(char))
  if (badChar !== undefined) {
    return {
      isValid: false,
      reason: bilingualMessage(
        `统一社会信用代码含非法字符“${badChar}”（不使用 I、O、Z、S、V 及小写字母）`,
        `contains "${badChar}", which is not allowed (I, O, Z, S, V and lower case are never used)`,
      ),
    }
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17))
  if (code[17] !== expected) {
    return {
      isValid: false,
      reason: bilingualMessage(
        `统一社会信用代码校验位错误：应为“${expected}”，实际“${code[17]}”`,
        `check character is wrong: expected "${expected}", got "${code[17]}"`,
      ),
    }
  }
  return { isValid: true }
}

/** Chars 9–17 of the credit code: the old 9-character organisation code (组织机构代码). */
export const organisationCodeOf = (creditCode: string): string => creditCode.slice(8, 17)

/** Chars 3–8: the administrative division code (行政区划码) of the registering authority. */
export const divisionCodeOf = (creditCode: string): string => creditCode.slice(2, 8)
