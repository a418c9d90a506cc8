import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { createUser, type SignedInUser, TEST_PASSWORD } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'

const MAX_LOGIN_ATTEMPTS = 5

let payload: Payload
let admin: SignedInUser

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createUser(payload, { roles: ['admin'] })
})

const login = (email: string, password = TEST_PASSWORD, headers?: Record<string, string>) =>
  rest('POST', '/users/login', { body: { email, password }, headers })

const failRepeatedly = async (email: string, times = MAX_LOGIN_ATTEMPTS) => {
  for (let attempt = 0; attempt < times; attempt++) {
    const response = await login(email, 'not-the-password-at-all')
    expect(response.status).toBe(401)
  }
}

const lockedAccount = async () => {
  const user = await createUser(payload, { roles: ['disclosure-office'] })
  await failRepeatedly(user.email)
  return user
}

describe('login lockout', () => {
  it(`should still sign in after ${MAX_LOGIN_ATTEMPTS - 1} failures, and count from zero again`, async () => {
    const user = await createUser(payload, { roles: ['disclosure-office'] })
    await failRepeatedly(user.email, MAX_LOGIN_ATTEMPTS - 1)
    expect((await login(user.email)).status).toBe(200)
    await failRepeatedly(user.email, MAX_LOGIN_ATTEMPTS - 1)
    expect((await login(user.email)).status).toBe(200)
  })

  it(`should refuse even the right password after ${MAX_LOGIN_ATTEMPTS} failures, saying why in both languages`, async () => {
    const user = await lockedAccount()
    const refused = await login(user.email)
    expect(refused.status).toBe(401)
    expect(refused.json.token).toBeUndefined()
    const message: string = refused.json.errors[0].message
    expect(message).toContain('账号已被锁定')
    expect(message).toContain('10 分钟')
    expect(message).toContain('The account is locked after 5 failed sign-ins')
    expect(message).toContain('administrator can unlock it')
  })

  it('should say why through GraphQL too, and give no token', async () => {
    const user = await lockedAccount()
    const refused = await graphql(
      `mutation { loginUser(email: "${user.email}", password: "${TEST_PASSWORD}") { token } }`,
    )
    expect(refused.json.data?.loginUser?.token ?? null).toBeNull()
    const message: string = refused.json.errors![0]!.message
    expect(message).toContain('账号已被锁定')
    expect(message).toContain('The account is locked after 5 failed sign-ins')
  })

  it('should say it in the reader’s language only when one is asked', async () => {
    const user = await lockedAccount()
    const english = await login(user.email, TEST_PASSWORD, { 'Accept-Language': 'en' })
    expect(english.json.errors[0].message).toMatch(/^The account is locked/)
    expect(english.json.errors[0].message).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('should unlock by itself once the lock time has passed', async () => {
    const user = await lockedAccount()
    // Ten minutes are not waited for: the lock is moved into the past, as time would.
    await payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { lockUntil: new Date(Date.now() - 1000).toISOString() },
      returning: false,
    })
    expect((await login(user.email)).status).toBe(200)
  })

  it('should let an admin unlock an account at once, and no one else', async () => {
    const user = await lockedAccount()
    const office = await createUser(payload, { roles: ['disclosure-office'] })
    const refused = await rest('POST', '/users/unlock', { token: office.token, body: { email: user.email } })
    expect(refused.status).toBe(403)
    expect((await login(user.email)).status).toBe(401)
    const unlocked = await rest('POST', '/users/unlock', { token: admin.token, body: { email: user.email } })
    expect(unlocked.status, unlocked.text).toBe(200)
    expect((await login(user.email)).status).toBe(200)
  })
})
