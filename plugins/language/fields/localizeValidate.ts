import type { Field } from 'payload'

import { localizeMessage } from '../../../src/lib/platform/i18n/messages'
import { askedLanguage } from '../../../src/lib/platform/i18n/requestLanguage'

type Validate = (
  value: unknown,
  options: { req?: Parameters<typeof askedLanguage>[0] } & Record<string, unknown>,
) => unknown

/**
 * Field validation answers in the reader's language: the admin shows a field's `validate` message beside the
 * field (form state, built on the server with the admin's request), and a refused write carries it.
 */
export const localizeValidate = (field: Field): Field => {
  let result: Field = field
  if ('validate' in result && typeof result.validate === 'function') {
    const validate = result.validate as Validate
    const localized: Validate = async (value, options) => {
      const outcome = await validate(value, options)
      return typeof outcome === 'string' ? localizeMessage(outcome, askedLanguage(options?.req)) : outcome
    }
    result = { ...result, validate: localized } as Field
  }
  if ('fields' in result && Array.isArray(result.fields))
    result = { ...result, fields: result.fields.map(localizeValidate) } as Field
  if (result.type === 'tabs')
    result = { ...result, tabs: result.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(localizeValidate) })) }
  if (result.type === 'blocks') {
    result = {
      ...result,
      blocks: result.blocks.map((block) => ({ ...block, fields: block.fields.map(localizeValidate) })),
    }
  }
  return result
}
