import type { AfterErrorHook } from 'payload'

import type { MessageLocalizer } from '../translators'

import { messageLocalizer } from '../translators'

type FieldErrors = { errors?: Array<{ message?: string } & Record<string, unknown>> } & Record<string, unknown>

const localizeFieldErrors = (data: unknown, localize: MessageLocalizer): unknown => {
  const fieldErrors = data as FieldErrors | null
  if (!fieldErrors || typeof fieldErrors !== 'object' || !Array.isArray(fieldErrors.errors)) return data
  return {
    ...fieldErrors,
    errors: fieldErrors.errors.map((entry) =>
      typeof entry?.message === 'string' ? { ...entry, message: localize(entry.message) } : entry,
    ),
  }
}

/**
 * Every error answer, REST and GraphQL, in the reader's language: the message and each field's message.
 * Config-level, so it sees the errors of every collection, global and endpoint.
 */
export const localizeErrors =
  (): AfterErrorHook =>
  async ({ error, graphqlResult, req, result }) => {
    const localize = await messageLocalizer(req)
    if (graphqlResult) {
      const cause = (error as { originalError?: unknown }).originalError ?? error
      const extensions = graphqlResult.extensions ?? {}
      return {
        graphqlResult: {
          ...graphqlResult,
          message: localize(graphqlResult.message, cause),
          extensions: {
            ...extensions,
            ...(extensions.data ? { data: localizeFieldErrors(extensions.data, localize) } : {}),
          },
        },
      }
    }
    if (!result) return
    return {
      response: {
        ...result,
        errors: result.errors.map((entry) => ({
          ...entry,
          ...(typeof entry.message === 'string' ? { message: localize(entry.message, error) } : {}),
          ...(entry.data ? { data: localizeFieldErrors(entry.data, localize) as Record<string, unknown> } : {}),
        })),
      },
    }
  }
