import { expect } from 'vitest'

export type FieldError = { path: string; message: string }

/** The field errors of a refused REST write: Payload puts them in `errors[0].data.errors`. */
export const fieldErrors = (response: { json: any }): FieldError[] => response.json?.errors?.[0]?.data?.errors ?? []

/**
 * Asserts a 400 whose field errors include one at `path`, its message containing every fragment. A request
 * that asks for no language gets ours as "中文 / English" (pass one fragment of each); one that sends
 * `payload-lng` or Accept-Language gets its language only (see `withoutLanguageOtherThan`).
 */
export const expectFieldError = (response: { status: number; json: any }, path: string, ...fragments: string[]) => {
  expect(response.status, JSON.stringify(response.json)).toBe(400)
  const errors = fieldErrors(response)
  const error = errors.find((candidate) => candidate.path === path)
  expect(error, `no error at "${path}" in ${JSON.stringify(errors)}`).toBeDefined()
  for (const fragment of fragments) expect(error!.message).toContain(fragment)
}

/** Asserts the message of the field error at `path` is in `language` only: no Chinese in English, no English words in Chinese. */
export const withoutLanguageOtherThan = (response: { json: any }, path: string, language: 'zh' | 'en') => {
  const message = fieldErrors(response).find((candidate) => candidate.path === path)?.message ?? ''
  if (language === 'en') expect(message, message).not.toMatch(/[\u4e00-\u9fff]/)
  else expect(message, message).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{2,}/)
}
