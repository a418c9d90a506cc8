import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { createUser, type SignedInUser, unique } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { expectFieldError } from '../../helpers/validation'

const STRONG = 'lantern-orchard-42'
const TOO_SHORT = 'Xq7#mK2$vL9'
const COMMON = 'woaini1314woaini1314'

let payload: Payload
let admin: SignedInUser

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createUser(payload, { roles: ['admin'] })
})

const account = (password: string) => ({
  email: `${unique('password')}@test.local`,
  password,
  name: '赵处长',
  roles: ['disclosure-office'],
})

describe('password policy', () => {
  it('should refuse creating an account with a short password, naming the field in both languages', async () => {
    const response = await rest('POST', '/users', { token: admin.token, body: account(TOO_SHORT) })
    expectFieldError(response, 'password', '至少需要 12 个字符', 'at least 12 characters')
  })

  it('should refuse creating an account with a common password', async () => {
    const response = await rest('POST', '/users', { token: admin.token, body: account(COMMON) })
    expectFieldError(response, 'password', '过于常见', 'too common')
  })

  it('should refuse a common password through GraphQL too', async () => {
    const { json } = await graphql(
      `
        mutation ($data: mutationUserInput!) {
          createUser(data: $data) {
            id
          }
        }
      `,
      { token: admin.token, variables: { data: { ...account('password1234'), roles: ['disclosure_office'] } } },
    )
    expect(JSON.stringify(json.errors)).toContain('too common')
  })

  it('should accept a strong password, and sign in with it', async () => {
    const data = account(STRONG)
    const created = await rest('POST', '/users', { token: admin.token, body: data })
    expect(created.status, created.text).toBe(201)
    const login = await rest('POST', '/users/login', { body: { email: data.email, password: STRONG } })
    expect(login.status).toBe(200)
  })

  it('should refuse changing one’s own password to a weak one and keep the old one', async () => {
    const user = await createUser(payload, { roles: ['disclosure-office'] })
    const refused = await rest('PATCH', `/users/${user.id}`, { token: user.token, body: { password: COMMON } })
    expectFieldError(refused, 'password', '过于常见', 'too common')
    const changed = await rest('PATCH', `/users/${user.id}`, { token: user.token, body: { password: STRONG } })
    expect(changed.status, changed.text).toBe(200)
    const login = await rest('POST', '/users/login', { body: { email: user.email, password: STRONG } })
    expect(login.status).toBe(200)
  })

  it('should refuse resetting a forgotten password to a weak one', async () => {
    const user = await createUser(payload, { roles: ['disclosure-office'] })
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
    })
    const refused = await rest('POST', '/users/reset-password', { body: { token, password: TOO_SHORT } })
    expectFieldError(refused, 'password', '至少需要 12 个字符', 'at least 12 characters')
    const reset = await rest('POST', '/users/reset-password', { body: { token, password: STRONG } })
    expect(reset.status, reset.text).toBe(200)
  })
})
