import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { createInstitution, createUser, unique, validCreditCode, type SignedInUser } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let office: SignedInUser

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
})

describe('institutions', () => {
  it('should create, read and update through the Local API', async () => {
    const created = await createInstitution(payload, { shortName: '测试' })
    const read = await payload.findByID({ collection: 'institutions', id: created.id })
    expect(read.shortName).toBe('测试')
    const updated = await payload.update({ collection: 'institutions', id: created.id, data: { phone: '0470-3204029' } })
    expect(updated.phone).toBe('0470-3204029')
  })

  it('should create, read and update through REST', async () => {
    const name = unique('REST局')
    const created = await rest('POST', '/institutions', {
      token: office.token,
      body: { name, kind: 'department', creditCode: validCreditCode(), _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const patched = await rest('PATCH', `/institutions/${id}`, { token: office.token, body: { address: '中央路24号' } })
    expect(patched.status).toBe(200)
    const read = await rest('GET', `/institutions/${id}`)
    expect(read.json.address).toBe('中央路24号')
  })

  it('should create, read and update through GraphQL', async () => {
    const name = unique('GQL局')
    const created = await graphql(
      `mutation ($data: mutationInstitutionInput!) { createInstitution(data: $data) { id name } }`,
      { token: office.token, variables: { data: { name, kind: 'department', creditCode: validCreditCode(), _status: 'published' } } },
    )
    expect(created.json.errors).toBeUndefined()
    const id = created.json.data.createInstitution.id
    const updated = await graphql(`mutation { updateInstitution(id: ${id}, data: { phone: "123" }) { phone } }`, { token: office.token })
    expect(updated.json.data.updateInstitution.phone).toBe('123')
    const read = await graphql(`{ Institution(id: ${id}) { name } }`)
    expect(read.json.data.Institution.name).toBe(name)
  })

  it('should refuse a credit code with a wrong check character with a 400 naming the field', async () => {
    const response = await rest('POST', '/institutions', {
      token: office.token,
      body: { name: unique('坏码局'), kind: 'department', creditCode: '91350100M000100Y44' },
    })
    expect(response.status).toBe(400)
    const error = response.json.errors[0]
    expect(error.data.errors[0].path).toBe('creditCode')
    expect(error.data.errors[0].message).toContain('校验位')
    expect(error.data.errors[0].message).toContain('check character')
  })

  it('should refuse a parent that would make a cycle', async () => {
    const top = await createInstitution(payload)
    const child = await createInstitution(payload, { parent: top.id })
    const response = await rest('PATCH', `/institutions/${top.id}`, { token: office.token, body: { parent: child.id } })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('parent')
  })
})
