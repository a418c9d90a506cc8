import type { TextField } from 'payload'

import { checkPattern } from '../pattern'

type PatternFieldArgs = { name: string; description: { zh: string; en: string }; defaultValue?: string }

/** A pattern the disclosure office may edit; one that cannot produce unique numbers is refused. */
export const patternField = ({ name, description, defaultValue }: PatternFieldArgs): TextField => ({
  name,
  type: 'text',
  defaultValue,
  label: { zh: '索引号模式', en: 'Index-number pattern' },
  admin: { description },
  validate: (value: null | string | undefined) => {
    if (!value) return true
    const result = checkPattern(value)
    return result.isValid ? true : result.reason
  },
})
