import type { Payload } from 'payload'

import { JWTAuthentication, jwtSign } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { readSessionUser } from '../../../collections/auth/readSessionUser'
import { sessionTokenStrategy } from '../../../collections/auth/sessionTokenStrategy'
import { createInstitution, createUser, TEST_PASSWORD } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { createContent } from './documents'
import { contentCollections } from './matrix'

/**
 * The lean session strategy (collections/auth/) reads the signed-in user with one statement instead of
 * Payload's findByID. It must hand over the same user Payload's strategy would, and accept nothing
 * Payload's refuses: logged-out sessions, changed roles, forged, expired or foreign tokens, every
 * request anew.
 */

let payload: Payload
let own: number
let other: number
let draftId: number

const disclosureItems = contentCollections.find((collection) => collection.slug === 'disclosure-items')!

const headersWith = (token: string) => new Headers({ Authorization: `JWT ${token}` })

const lean = (headers: Headers) =>
  sessionTokenStrategy.authenticate({ headers, payload, strategyName: sessionTokenStrategy.name, isGraphQL: false })

const payloads = (headers: Headers) =>
  JWTAuthentication({ headers, payload, strategyName: 'local-jwt', isGraphQL: false })

const readDraft = (token: string) => rest('GET', `/disclosure-items/${draftId}?depth=0`, { token })

beforeAll(async () => {
  payload = await getTestPayload()
  own = (await createInstitution(payload)).id
  other = (await createInstitution(payload)).id
  draftId = (await createContent(payload, disclosureItems, { institution: own, status: 'draft' })).id
})

describe('the signed-in user', () => {
  it('should be read as Payload reads it, for a scoped user with several sessions', async () => {
    const { id, email } = await createUser(payload, { roles: ['editor', 'reviewer'], institutions: [other, own] })
    await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })
    const expected = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    expect(expected.sessions).toHaveLength(2)
    expect(await readSessionUser(payload, id)).toEqual(expected)
  })

  it('should be read as Payload reads it, for an admin of no institution', async () => {
    const { id } = await createUser(payload, { roles: ['admin'] })
    const expected = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    expect(await readSessionUser(payload, id)).toEqual(expected)
  })

  it('should be the user Payload’s own strategy authenticates', async () => {
    const { token } = await createUser(payload, { roles: ['editor'], institutions: [own] })
    const ours = await lean(headersWith(token))
    expect(ours.user).not.toBeNull()
    expect(ours.user).toEqual((await payloads(headersWith(token))).user)
  })

  it('should be read from a Bearer header too', async () => {
    const { id, token } = await createUser(payload, { roles: ['editor'], institutions: [own] })
    const { user } = await lean(new Headers({ Authorization: `Bearer ${token}` }))
    expect(user).toMatchObject({ id, collection: 'users' })
  })
})

describe('what the lean strategy refuses', () => {
  it('should refuse a session that logged out, and the API should then answer as to the public', async () => {
    const { token } = await createUser(payload, { roles: ['editor'], institutions: [own] })
    expect((await readDraft(token)).status).toBe(200)
    expect((await rest('POST', '/users/logout', { token })).status).toBe(200)
    expect((await lean(headersWith(token))).user).toBeNull()
    expect((await readDraft(token)).status).toBe(404)
  })

  it('should see a changed role on the next request', async () => {
    const { id, token } = await createUser(payload, { roles: ['editor'], institutions: [own] })
    expect((await readDraft(token)).status).toBe(200)
    await payload.update({ collection: 'users', id, data: { institutions: [other] }, depth: 0 })
    expect((await lean(headersWith(token))).user).toMatchObject({ institutions: [other] })
    expect((await readDraft(token)).status).toBe(404)
  })

  it('should refuse a deleted user', async () => {
    const { id, token } = await createUser(payload, { roles: ['admin'] })
    await payload.delete({ collection: 'users', id })
    expect((await lean(headersWith(token))).user).toBeNull()
    expect((await readDraft(token)).status).toBe(404)
  })

  it('should refuse a token whose claims were changed', async () => {
    const victim = await createUser(payload, { roles: ['admin'] })
    const { token } = await createUser(payload, { roles: ['editor'], institutions: [other] })
    const [header, claims, signature] = token.split('.') as [string, string, string]
    const decoded = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Record<string, unknown>
    const forged = Buffer.from(JSON.stringify({ ...decoded, id: victim.id })).toString('base64url')
    expect((await lean(headersWith(`${header}.${forged}.${signature}`))).user).toBeNull()
    expect((await readDraft(`${header}.${forged}.${signature}`)).status).toBe(404)
  })

  it('should refuse a token signed with another secret, and an expired one', async () => {
    const { token } = await createUser(payload, { roles: ['admin'] })
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >
    const fieldsToSign = { id: claims.id, collection: claims.collection, sid: claims.sid, email: claims.email }
    const foreign = await jwtSign({ fieldsToSign, secret: 'another-secret', tokenExpiration: 3600 })
    const expired = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: -1 })
    const fresh = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: 3600 })
    expect((await lean(headersWith(foreign.token))).user).toBeNull()
    expect((await lean(headersWith(expired.token))).user).toBeNull()
    // The same claims, rightly signed and in time, are accepted: the refusals above are for the signature and time.
    expect((await lean(headersWith(fresh.token))).user).toMatchObject({ id: claims.id })
  })

  it('should leave the session cookie to Payload’s strategy, which still signs the user in', async () => {
    const { id, token } = await createUser(payload, { roles: ['admin'] })
    const headers = new Headers({ cookie: `${payload.config.cookiePrefix}-token=${token}` })
    expect((await lean(headers)).user).toBeNull()
    expect((await payloads(headers)).user).toMatchObject({ id })
  })
})
