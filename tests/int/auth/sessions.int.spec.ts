import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { createUser, type SignedInUser, TEST_PASSWORD } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'

// Payload 3.90 keeps sessions in the user's row and rewrites them from what each request read: concurrent
// logins of one account overwrote each other (30 of 40 tokens refused; payloadcms/payload#16027, #18132).
// These tests fail again if an upgrade or a change to src/lib/auth/serializedSessions.ts brings that back.

const ROUNDS = 10
const AT_ONCE = 4

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const login = async (email: string): Promise<string> => {
  const response = await rest('POST', '/users/login', { body: { email, password: TEST_PASSWORD } })
  expect(response.status, response.text).toBe(200)
  return response.json.token as string
}

/** Whether /api/users/me knows the token's session (Payload answers 200 with `user: null` when it does not). */
const isAccepted = async (token: string): Promise<boolean> => {
  const response = await rest('GET', '/users/me', { token })
  return response.status === 200 && response.json?.user != null
}

const refresh = async (token: string): Promise<string> => {
  const response = await rest('POST', '/users/refresh-token', { token })
  expect(response.status, response.text).toBe(200)
  return response.json.refreshedToken as string
}

const logout = async (token: string) => {
  const response = await rest('POST', '/users/logout', { token })
  expect(response.status, response.text).toBe(200)
}

/** Sessions opened one after another, so a test of refreshes or logouts does not rest on concurrent logins. */
const loginOneByOne = async (email: string, count: number): Promise<string[]> => {
  const tokens: string[] = []
  for (let i = 0; i < count; i++) tokens.push(await login(email))
  return tokens
}

/** The session id a token carries (its JWT payload's `sid`). */
const sidOf = (token: string): string =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid as string

const storedExpiries = async (id: number): Promise<Map<string, number>> => {
  const stored = await payload.db.findOne<{ id: number; sessions: Array<{ id: string; expiresAt: string }> }>({
    collection: 'users',
    where: { id: { equals: id } },
  })
  return new Map(stored!.sessions.map((session) => [session.id, Date.parse(session.expiresAt)]))
}

const refusedAmong = async (tokens: string[]) =>
  (await Promise.all(tokens.map(isAccepted))).filter((accepted) => !accepted).length

describe('sessions under concurrency', () => {
  let account: SignedInUser

  beforeAll(async () => {
    account = await createUser(payload, { roles: ['disclosure-office'] })
  })

  it(`should accept every token of ${AT_ONCE} concurrent logins of one account, ${ROUNDS} times`, async () => {
    const tokens: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      tokens.push(...(await Promise.all(Array.from({ length: AT_ONCE }, () => login(account.email)))))
    }
    expect(tokens).toHaveLength(ROUNDS * AT_ONCE)
    expect(await refusedAmong(tokens)).toBe(0)
  })

  it('should keep and extend every session when its tokens are refreshed at once', async () => {
    const tokens = await loginOneByOne(account.email, AT_ONCE)
    const before = await storedExpiries(account.id)
    const refreshed = await Promise.all(tokens.map(refresh))
    expect(await refusedAmong([...tokens, ...refreshed])).toBe(0)
    const after = await storedExpiries(account.id)
    for (const token of tokens) expect(after.get(sidOf(token))).toBeGreaterThan(before.get(sidOf(token))!)
  })

  it('should end only its own session when logging out while others log in and refresh', async () => {
    const [leaving, staying, ...others] = await Promise.all(Array.from({ length: AT_ONCE }, () => login(account.email)))
    const [, , joined] = await Promise.all([logout(leaving!), refresh(staying!), login(account.email)])
    expect(await isAccepted(leaving!)).toBe(false)
    expect(await refusedAmong([staying!, joined, ...others])).toBe(0)
  })

  it('should end each session that logs out when several log out at once, and no other', async () => {
    const [staying, ...leaving] = await loginOneByOne(account.email, AT_ONCE + 1)
    await Promise.all(leaving.map(logout))
    expect(await refusedAmong(leaving)).toBe(leaving.length)
    expect(await isAccepted(staying!)).toBe(true)
  })

  it('should prune expired sessions when a session is added', async () => {
    const user = await createUser(payload, { roles: ['disclosure-office'] })
    const past = new Date(Date.now() - 60_000).toISOString()
    await payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { sessions: [{ id: 'expired-session', createdAt: past, expiresAt: past }] },
      returning: false,
    })
    const token = await login(user.email)
    const stored = await payload.db.findOne<{ id: number; sessions: Array<{ id: string }> }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    expect(stored?.sessions.map((session) => session.id)).not.toContain('expired-session')
    expect(await isAccepted(token)).toBe(true)
  })
})
