import { expect } from 'vitest'

type FieldError = { path: string; message: string }

/**
 * Asserts a REST write refused with a 400 whose field errors include one at `path`, its message
 * containing every fragment (the plugin's messages are "中文 / English": pass one of each).
 */
export const expectRefused = (response: { status: number; json: any }, path: string, ...fragments: string[]) => {
  expect(response.status, JSON.stringify(response.json)).toBe(400)
  const errors: FieldError[] = response.json?.errors?.[0]?.data?.errors ?? []
  const error = errors.find((candidate) => candidate.path === path)
  expect(error, `no error at "${path}" in ${JSON.stringify(response.json)}`).toBeDefined()
  for (const fragment of fragments) expect(error!.message).toContain(fragment)
}
