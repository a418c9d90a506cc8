import type { TextField } from 'payload'

import { bilingual } from '../../src/lib/platform/labels'
import { checkCreditCode } from '../validation/creditCode'

/** 统一社会信用代码, checked against the GB 32100 check character. Unique across institutions. */
export const creditCodeField = (): TextField => ({
  name: 'creditCode',
  type: 'text',
  label: bilingual('统一社会信用代码', 'Unified social credit code'),
  unique: true,
  index: true,
  minLength: 18,
  maxLength: 18,
  admin: {
    description: bilingual(
      '18 位，末位为校验码（GB 32100-2015），如 11152300MB1234567X；索引号的前段由它生成。',
      '18 characters, the last one a check character (GB 32100-2015); index numbers are built from it.',
    ),
  },
  hooks: {
    // People paste codes with spaces or in lower case; the code itself is upper case only.
    beforeValidate: [({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value)],
  },
  validate: (value: null | string | undefined) => {
    if (!value) return true
    const result = checkCreditCode(value)
    return result.isValid ? true : result.reason
  },
})
