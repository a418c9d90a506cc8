import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { createInstitution, createUser, type SignedInUser, unique, validCreditCode } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { expectFieldError } from '../../helpers/validation'

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
    const updated = await payload.update({
      collection: 'institutions',
      id: created.id,
      data: { phone: '0470-3204029' },
    })
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
      `
        mutation ($data: mutationInstitutionInput!) {
          createInstitution(data: $data) {
            id
            name
          }
        }
      `,
      {
        token: office.token,
        variables: { data: { name, kind: 'department', creditCode: validCreditCode(), _status: 'published' } },
      },
    )
    expect(created.json.errors).toBeUndefined()
    const id = created.json.data.createInstitution.id
    const updated = await graphql(`mutation { updateInstitution(id: ${id}, data: { phone: "123" }) { phone } }`, {
      token: office.token,
    })
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

  it('should refuse a credit code that is not 18 characters long', async () => {
    const response = await rest('POST', '/institutions', {
      token: office.token,
      body: { name: unique('短码局'), kind: 'department', creditCode: validCreditCode().slice(0, 17) },
    })
    expectFieldError(response, 'creditCode', '应为 18 位', 'must be 18 characters')
  })

  it('should store a credit code pasted with spaces and in lower case as written in the register', async () => {
    const code = validCreditCode()
    const pasted = `${code.slice(0, 6)} ${code.slice(6, 12)} ${code.slice(12)}`.toLowerCase()
    const response = await rest('POST', '/institutions', {
      token: office.token,
      body: { name: unique('粘贴局'), kind: 'department', creditCode: pasted },
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.creditCode).toBe(code)
  })

  it('should refuse a credit code another institution has with a 400 naming the field', async () => {
    const existing = await createInstitution(payload)
    const response = await rest('POST', '/institutions', {
      token: office.token,
      body: { name: unique('重码局'), kind: 'department', creditCode: existing.creditCode },
    })
    expectFieldError(response, 'creditCode')
  })

  it('should refuse a name another institution has with a 400 naming the field', async () => {
    const existing = await createInstitution(payload)
    const response = await rest('POST', '/institutions', {
      token: office.token,
      body: { name: existing.name, kind: 'department', creditCode: validCreditCode() },
    })
    expectFieldError(response, 'name')
  })

  it('should refuse a website that is not an http or https address', async () => {
    const response = await rest('POST', '/institutions', {
      token: office.token,
      body: { name: unique('网址局'), kind: 'department', website: 'www.zlt.gov.cn' },
    })
    expectFieldError(response, 'website', '网址须以 http:// 或 https:// 开头', 'must start with http:// or https://')
  })

  it('should refuse an institution without a kind', async () => {
    const response = await rest('POST', '/institutions', { token: office.token, body: { name: unique('无类局') } })
    expectFieldError(response, 'kind')
  })
})
