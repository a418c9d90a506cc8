import { bilingualMessage } from '../../src/lib/platform/labels'

/**
 * 文号 (document number): issuer abbreviation + year in 〔〕 + serial + 号, e.g. 扎政发〔2011〕12号.
 * Real documents often type the brackets as [], ［］, (), （） or 【】; those are refused with a hint
 * to use the standard 六角括号 〔〕 that GB/T 9704 prescribes, so the catalogue stays searchable.
 */
const SHAPE = /^(?<issuer>[\p{Script=Han}A-Za-z0-9]{1,20})〔(?<year>\d{4})〕(?<serial>\d{1,5})号$/u
const WRONG_BRACKETS = /[[\]［］()（）【】]/

export type DocumentNumberCheck = { isValid: true } | { isValid: false; reason: string }

export const checkDocumentNumber = (value: string): DocumentNumberCheck => {
  const match = SHAPE.exec(value)
  if (match?.groups) {
    const year = Number(match.groups.year)
    if (year < 1949 || year > new Date().getFullYear() + 1) {
      return {
        isValid: false,
        reason: bilingualMessage(`文号年份 ${year} 不合理`, `year ${year} in the document number is out of range`),
      }
    }
    if (Number(match.groups.serial) === 0) {
      return {
        isValid: false,
        reason: bilingualMessage('文号序号不能为 0', 'the serial in a document number starts at 1'),
      }
    }
    return { isValid: true }
  }
  if (WRONG_BRACKETS.test(value)) {
    return {
      isValid: false,
      reason: bilingualMessage(
        '文号年份须用六角括号〔〕，如 扎政发〔2011〕12号',
        'the year must be in 〔〕 brackets, e.g. 扎政发〔2011〕12号',
      ),
    }
  }
  return {
    isValid: false,
    reason: bilingualMessage(
      '文号格式应为“机关代字〔年份〕序号号”，如 扎政发〔2011〕12号',
      'expected issuer code, year in 〔〕 and serial, e.g. 扎政发〔2011〕12号',
    ),
  }
}
