import { expect } from 'vitest'

export type FieldError = { path: string; message: string }

/** The field errors of a refused REST write: Payload puts them in `errors[0].data.errors`. */
export const fieldErrors = (response: { json: any }): FieldError[] => response.json?.errors?.[0]?.data?.errors ?? []

/**
 * Asserts a 400 whose field errors include one at `path`, its message containing every fragment
 * (ours are "中文 / English": pass one fragment of each language).
 */
export const expectFieldError = (response: { status: number; json: any }, path: string, ...fragments: string[]) => {
  expect(response.status, JSON.stringify(response.json)).toBe(400)
  const errors = fieldErrors(response)
  const error = errors.find((candidate) => candidate.path === path)
  expect(error, `no error at "${path}" in ${JSON.stringify(errors)}`).toBeDefined()
  for (const fragment of fragments) expect(error!.message).toContain(fragment)
}
