import type { TextField } from 'payload'

import { bilingual } from '../../src/lib/platform/labels'
import { checkDocumentNumber } from '../validation/documentNumber'

/** 文号: optional, but when given it must have the standard shape, e.g. 扎政发〔2011〕12号. */
export const documentNumberField = (): TextField => ({
  name: 'documentNumber',
  type: 'text',
  label: bilingual('文号', 'Document number'),
  index: true,
  admin: {
    description: bilingual(
      '发文字号，如 扎政发〔2011〕12号；年份用六角括号〔〕。没有文号的信息留空。',
      'The issuing number, e.g. 扎政发〔2011〕12号, with the year in 〔〕. Leave empty when there is none.',
    ),
  },
  hooks: {
    beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)],
  },
  validate: (value: null | string | undefined) => {
    if (!value) return true
    const result = checkDocumentNumber(value)
    return result.isValid ? true : result.reason
  },
})
