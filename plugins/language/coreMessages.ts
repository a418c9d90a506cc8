import type { TFunction } from '@payloadcms/translations'

import { en } from '@payloadcms/translations/languages/en'
import { QueryError, ValidationError } from 'payload'

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

/**
 * The message of one of Payload's English-only errors through `t`, or undefined when `message` is not one of
 * them (our own messages and those Payload already translated).
 */
export const translateCoreMessage = ({
  error,
  message,
  t,
}: {
  error: unknown
  message: string
  t: TFunction | Translate
}): string | undefined => {
  const translate = t as Translate
  if (error instanceof QueryError || (error instanceof Error && error.name === 'QueryError')) {
    return translate('gongkai:pathsCannotBeQueried', { paths: pathsOf((error as QueryError).data) })
  }
  for (const [text, key] of untranslated) if (message === text) return translate(key)
  if (error instanceof ValidationError || (error instanceof Error && error.name === 'ValidationError')) {
    for (const [prefix, count] of invalidFieldsPrefixes) {
      if (message.startsWith(prefix))
        return `${translate('error:followingFieldsInvalid', { count })}${message.slice(prefix.length)}`
    }
  }
  return undefined
}
