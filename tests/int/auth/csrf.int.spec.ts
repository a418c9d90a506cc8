import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { closePayload } from '../../../src/lib/database/closePayload'
import { createInstitution, createUser, TEST_PASSWORD, unique } from '../../helpers/fixtures'

// Before the config is read: this file's app runs behind SERVER_URL, as in production.
const SITE = vi.hoisted(() => {
  process.env.SERVER_URL = 'https://gongkai.example.gov.cn/'
  return 'https://gongkai.example.gov.cn'
})

const { rest } = await import('../../helpers/http')
const { getTestPayload } = await import('../../helpers/payload')

let payload: Payload
let cookie: string
let institutionId: number

beforeAll(async () => {
  payload = await getTestPayload()
  institutionId = (await createInstitution(payload)).id
  const editor = await createUser(payload, { roles: ['editor'], institutions: [institutionId] })
  const login = await rest('POST', '/users/login', { body: { email: editor.email, password: TEST_PASSWORD } })
  expect(login.status).toBe(200)
  cookie = /payload-token=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0]
})

afterAll(async () => {
  await closePayload(payload)
})

describe('CSRF: the session cookie from SERVER_URL’s pages only', () => {
  it('should allow SERVER_URL’s origin, without its trailing slash', () => {
    expect(payload.config.csrf).toContain(SITE)
  })

  it('should treat a cookie-authenticated request from another origin as anonymous', async () => {
    const me = await rest('GET', '/users/me', { headers: { Cookie: cookie, Origin: 'https://evil.example' } })
    expect(me.json.user).toBeNull()
    const ownMe = await rest('GET', '/users/me', { headers: { Cookie: cookie, Origin: SITE } })
    expect(ownMe.json.user).toMatchObject({ roles: ['editor'] })
  })

  it('should refuse a cookie-authenticated POST from another origin, and accept it from the site', async () => {
    const refused = await rest('POST', '/disclosure-items?draft=true', {
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
      body: { title: unique('跨站'), institution: institutionId, _status: 'draft' },
    })
    expect(refused.status).toBe(403)
    const accepted = await rest('POST', '/disclosure-items?draft=true', {
      headers: { Cookie: cookie, Origin: SITE },
      body: { title: unique('本站'), institution: institutionId, _status: 'draft' },
    })
    expect(accepted.status).toBe(201)
  })
})
