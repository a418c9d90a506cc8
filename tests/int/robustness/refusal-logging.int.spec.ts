import type { Payload } from 'payload'

import pino from 'pino'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'

import { createUser, unique } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'

/**
 * Expected refusals (a 400 for bad input, a 403, a 404, a wrong password) are logged at info as their message,
 * without a stack; a real failure stays at error with its stack (payload.config.ts `loggingLevels`,
 * src/lib/logging/refusals.ts). The logger's output is captured as the operator would read it.
 */
type Entry = { level: number; msg?: string; err?: { stack?: string } }

const ERROR = 50
const INFO = 30

let payload: Payload
let office: SignedInUser
let entries: Entry[]
let restore: () => void

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
})

beforeEach(() => {
  const logger = payload.logger as unknown as Record<symbol, unknown> & { level: string }
  const stream = logger[pino.symbols.streamSym]
  const level = logger.level
  entries = []
  logger[pino.symbols.streamSym] = { write: (line: string) => entries.push(JSON.parse(line) as Entry) }
  logger.level = 'info'
  restore = () => {
    logger[pino.symbols.streamSym] = stream
    logger.level = level
  }
})

afterEach(() => restore())

const errors = () => entries.filter((entry) => entry.level >= ERROR)

describe('refusals', () => {
  it.each([
    [
      'a NUL in a title (400)',
      () =>
        rest('POST', '/categories', {
          token: office.token,
          body: { kind: 'genre', code: unique('G'), name: 'a\u0000' },
        }),
    ],
    ['limit=0 (400)', () => rest('GET', '/categories?limit=0')],
    ['a missing document (404)', () => rest('GET', '/categories/999999999', { token: office.token })],
    [
      'a write without a session (403)',
      () => rest('POST', '/categories', { body: { kind: 'genre', code: 'X', name: 'x' } }),
    ],
    [
      'a wrong password (401)',
      () => rest('POST', '/users/login', { body: { email: office.email, password: 'wrong-password-1' } }),
    ],
    ['a malformed where (400)', () => rest('GET', '/categories?where[nonexistent][equals]=x', { token: office.token })],
  ])('should log %s at info without a stack', async (_, request) => {
    const response = await request()
    expect(response.status, response.text).toBeGreaterThanOrEqual(400)
    expect(response.status, response.text).toBeLessThan(500)
    expect(errors(), JSON.stringify(entries)).toEqual([])
    expect(entries.some((entry) => entry.level === INFO && entry.msg)).toBe(true)
    expect(entries.every((entry) => !entry.err?.stack)).toBe(true)
  })

  it('should log a refused GraphQL mutation at info without a stack', async () => {
    const result = await graphql(
      'mutation { createCategory(data: { kind: genre, code: "G-log", name: "a\\u0000" }) { id } }',
      { token: office.token },
    )
    expect(result.json.errors?.[0]?.extensions?.statusCode, JSON.stringify(result.json)).toBe(400)
    expect(errors(), JSON.stringify(entries)).toEqual([])
    expect(entries.some((entry) => entry.level === INFO)).toBe(true)
  })
})

describe('real errors', () => {
  it('should still be logged at error with a stack', async () => {
    // Payload core parses an upload's `_payload` field unguarded: a SyntaxError, a 500 (see bad-input.int.spec.ts).
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'text/plain' }), `${unique('x')}.txt`)
    form.append('_payload', '{"title": "a')
    const response = await rest('POST', '/media', { token: office.token, body: form })
    expect(response.status).toBe(500)
    expect(errors().length, JSON.stringify(entries)).toBeGreaterThan(0)
    expect(errors()[0]?.err?.stack).toBeTruthy()
  })
})
