import type { TFunction } from '@payloadcms/translations'

import { en } from '@payloadcms/translations/languages/en'
import { QueryError, ValidationError } from 'payload'

import type { MessageLanguage } from '../../src/lib/platform/i18n/messages'

import { localizeMessage } from '../../src/lib/platform/i18n/messages'

type Translate = (key: string, variables?: Record<string, unknown>) => string

const english = en.translations

/** Payload's English texts of errors made without a translator, and the key that says them in any language. */
const untranslated: Array<[text: string, key: string]> = [
  [english.error.unauthorized, 'error:unauthorized'],
  [english.error.notAllowedToPerformAction, 'error:notAllowedToPerformAction'],
  [english.general.notFound, 'general:notFound'],
  ['Something went wrong.', 'gongkai:somethingWentWrong'],
]

const invalidFieldsPrefixes: Array<[text: string, count: number]> = [
  [english.error.followingFieldsInvalid_one, 1],
  [english.error.followingFieldsInvalid_other, 2],
]

const pathsOf = (data: unknown): string =>
  Array.isArray(data)
    ? data
        .map((entry) => (entry && typeof entry === 'object' && 'path' in entry ? String(entry.path) : ''))
        .filter(Boolean)
        .join(', ')
    : ''

type FieldError = { path?: unknown; label?: unknown; message?: unknown }

/**
 * The refused fields as the reader reads them: each one's label in their language (its path when it has
 * none), with the reason. A toast then says why, not only which field: the admin's change-password fields,
 * for one, close after a refused save and take the field's own message with them.
 */
const refusedFields = (data: unknown, language: MessageLanguage): string | undefined => {
  const errors = (data as { errors?: FieldError[] } | null)?.errors
  if (!Array.isArray(errors) || errors.length === 0) return undefined
  return errors
    .map(({ path, label, message }) => {
      const name =
        label && typeof label === 'object'
          ? String((label as Record<string, unknown>)[language] ?? path ?? '')
          : typeof label === 'string'
            ? label
            : String(path ?? '')
      const reason = typeof message === 'string' ? localizeMessage(message, language) : ''
      if (!reason) return name
      return language === 'zh' ? `${name}（${reason}）` : `${name} (${reason})`
    })
    .join(language === 'zh' ? '；' : '; ')
}

/**
 * The message of one of Payload's English-only errors through `t`, or undefined when `message` is not one of
 * them (our own messages and those Payload already translated).
 */
export const translateCoreMessage = ({
  error,
  message,
  t,
  language,
}: {
  error: unknown
  message: string
  t: TFunction | Translate
  /** The language `t` speaks. */
  language: MessageLanguage
}): string | undefined => {
  const translate = t as Translate
  if (error instanceof QueryError || (error instanceof Error && error.name === 'QueryError')) {
    return translate('gongkai:pathsCannotBeQueried', { paths: pathsOf((error as QueryError).data) })
  }
  for (const [text, key] of untranslated) if (message === text) return translate(key)
  if (error instanceof ValidationError || (error instanceof Error && error.name === 'ValidationError')) {
    for (const [prefix, count] of invalidFieldsPrefixes) {
      if (message.startsWith(prefix)) {
        const fields = refusedFields((error as ValidationError).data, language) ?? message.slice(prefix.length)
        return `${translate('error:followingFieldsInvalid', { count })}${language === 'zh' ? '' : ' '}${fields.trim()}`
      }
    }
  }
  return undefined
}
