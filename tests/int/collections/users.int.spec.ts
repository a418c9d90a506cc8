import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Institution } from '../../../payload-types'

import { createInstitution, createUser, type SignedInUser, TEST_PASSWORD, unique } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { expectFieldError } from '../../helpers/validation'

let payload: Payload
let admin: SignedInUser
let institution: Institution

const email = () => `${unique('user')}@test.local`

type UserData = RequiredDataFromCollectionSlug<'users'>

/** A reviewer of the test institution, as an admin would enter one. */
const account = (data: Partial<UserData> = {}): UserData => ({
  email: email(),
  password: TEST_PASSWORD,
  name: '王科长',
  roles: ['reviewer'],
  institutions: [institution.id],
  ...data,
})

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createUser(payload, { roles: ['admin'] })
  institution = await createInstitution(payload)
})

describe('users', () => {
  it('should create, read and update through the Local API', async () => {
    const created = await payload.create({ collection: 'users', data: account({ roles: ['signer'] }) })
    const read = await payload.findByID({ collection: 'users', id: created.id, depth: 0 })
    expect(read.roles).toEqual(['signer'])
    expect(read.institutions).toEqual([institution.id])
    const updated = await payload.update({ collection: 'users', id: created.id, data: { name: '李副市长' } })
    expect(updated.name).toBe('李副市长')
  })

  it('should create, read and update through REST', async () => {
    const data = account()
    const created = await rest('POST', '/users', { token: admin.token, body: data })
    expect(created.status).toBe(201)
    expect(created.json.doc.password).toBeUndefined()
    const id = created.json.doc.id
    const patched = await rest('PATCH', `/users/${id}`, {
      token: admin.token,
      body: { roles: ['reviewer', 'secrecy-reviewer'] },
    })
    expect(patched.status).toBe(200)
    const read = await rest('GET', `/users/${id}?depth=0`, { token: admin.token })
    expect(read.json).toMatchObject({ email: data.email, roles: ['reviewer', 'secrecy-reviewer'] })
  })

  it('should create, read and update through GraphQL', async () => {
    const data = { ...account(), roles: ['bulletin_editor'], institutions: [] }
    const created = await graphql(
      `
        mutation ($data: mutationUserInput!) {
          createUser(data: $data) {
            id
            email
            roles
          }
        }
      `,
      {
        token: admin.token,
        variables: { data },
      },
    )
    expect(created.json.errors).toBeUndefined()
    expect(created.json.data.createUser.roles).toEqual(['bulletin_editor'])
    const id = created.json.data.createUser.id
    const updated = await graphql(`mutation { updateUser(id: ${id}, data: { name: "公报编辑" }) { name } }`, {
      token: admin.token,
    })
    expect(updated.json.errors).toBeUndefined()
    const read = await graphql(`{ User(id: ${id}) { email name } }`, { token: admin.token })
    expect(read.json.data.User).toEqual({ email: data.email, name: '公报编辑' })
  })

  it('should refuse an email that is already registered', async () => {
    const existing = await createUser(payload, { roles: ['reviewer'], institutions: [institution.id] })
    const response = await rest('POST', '/users', { token: admin.token, body: account({ email: existing.email }) })
    expectFieldError(response, 'email')
  })

  it('should refuse an email that differs from a registered one only in case', async () => {
    const existing = await createUser(payload, { roles: ['reviewer'], institutions: [institution.id] })
    const response = await rest('POST', '/users', {
      token: admin.token,
      body: account({ email: existing.email.toUpperCase() }),
    })
    expectFieldError(response, 'email')
  })

  it('should refuse a user without roles', async () => {
    const response = await rest('POST', '/users', { token: admin.token, body: account({ roles: [] }) })
    expectFieldError(response, 'roles')
  })

  it('should refuse a role that does not exist', async () => {
    const response = await rest('POST', '/users', { token: admin.token, body: { ...account(), roles: ['superuser'] } })
    expectFieldError(response, 'roles')
  })

  it('should refuse an editor without an institution', async () => {
    const response = await rest('POST', '/users', {
      token: admin.token,
      body: account({ roles: ['editor'], institutions: [] }),
    })
    expectFieldError(response, 'institutions', '必须指定所属机构', 'needs at least one institution')
  })

  it('should refuse taking the last institution from an editor', async () => {
    const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
    const response = await rest('PATCH', `/users/${editor.id}`, { token: admin.token, body: { institutions: [] } })
    expectFieldError(response, 'institutions', '必须指定所属机构', 'needs at least one institution')
  })

  it('should accept a disclosure office user without an institution', async () => {
    const response = await rest('POST', '/users', {
      token: admin.token,
      body: account({ roles: ['disclosure-office'], institutions: [] }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.roles).toEqual(['disclosure-office'])
  })

  it('should ignore an editor giving themselves roles', async () => {
    const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
    const response = await rest('PATCH', `/users/${editor.id}`, {
      token: editor.token,
      body: { roles: ['admin'], name: '改名' },
    })
    expect(response.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: editor.id, depth: 0 })
    expect(stored.name).toBe('改名')
    expect(stored.roles).toEqual(['editor'])
  })

  it('should ignore an editor moving themselves to another institution', async () => {
    const other = await createInstitution(payload)
    const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
    const response = await rest('PATCH', `/users/${editor.id}`, {
      token: editor.token,
      body: { institutions: [institution.id, other.id] },
    })
    expect(response.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: editor.id, depth: 0 })
    expect(stored.institutions).toEqual([institution.id])
  })

  it('should not let an editor read another user', async () => {
    const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
    const colleague = await createUser(payload, { roles: ['reviewer'], institutions: [institution.id] })
    const response = await rest('GET', `/users/${colleague.id}`, { token: editor.token })
    expect(response.status).toBe(404)
    expect(response.text).not.toContain(colleague.email)
  })

  it('should let an editor read their own email', async () => {
    const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
    const response = await rest('GET', `/users/${editor.id}`, { token: editor.token })
    expect(response.status).toBe(200)
    expect(response.json.email).toBe(editor.email)
  })

  it('should hide another user’s email from the disclosure office', async () => {
    const office = await createUser(payload, { roles: ['disclosure-office'] })
    const colleague = await createUser(payload, { roles: ['reviewer'], institutions: [institution.id] })
    const response = await rest('GET', `/users/${colleague.id}`, { token: office.token })
    expect(response.status).toBe(200)
    expect(response.json.roles).toEqual(['reviewer'])
    expect(response.json.email).toBeUndefined()
  })
})
