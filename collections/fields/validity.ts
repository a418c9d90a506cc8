import type { SelectField } from 'payload'

import { bilingual, options } from '../../src/lib/platform/labels'

export const validityOptions = options([
  ['valid', '有效', 'In force'],
  ['expired', '失效', 'Expired'],
  ['repealed', '废止', 'Repealed'],
  ['amended', '已修订', 'Amended'],
])

/** 有效性: whether the document is still in force. */
export const validityField = (): SelectField => ({
  name: 'validity',
  type: 'select',
  label: bilingual('有效性', 'Validity'),
  defaultValue: 'valid',
  options: validityOptions,
  index: true,
  admin: {
    description: bilingual('文件当前是否有效。', 'Whether the document is still in force.'),
  },
})
