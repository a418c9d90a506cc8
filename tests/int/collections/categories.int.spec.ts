import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { createUser, type SignedInUser, unique } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { expectFieldError } from '../../helpers/validation'

let payload: Payload
let office: SignedInUser

/** A run-unique category code that passes the code shape: letters, digits, dots and hyphens. */
const code = () => unique('C')

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
})

describe('categories', () => {
  it('should create, read and update through the Local API', async () => {
    const created = await payload.create({
      collection: 'categories',
      data: { kind: 'theme', code: code(), name: '综合政务' },
    })
    const read = await payload.findByID({ collection: 'categories', id: created.id })
    expect(read.name).toBe('综合政务')
    expect(read.order).toBe(100)
    const updated = await payload.update({ collection: 'categories', id: created.id, data: { order: 2 } })
    expect(updated.order).toBe(2)
  })

  it('should create, read and update through REST', async () => {
    const created = await rest('POST', '/categories', {
      token: office.token,
      body: { kind: 'genre', code: code(), name: '通知' },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const patched = await rest('PATCH', `/categories/${id}`, { token: office.token, body: { name: '通告' } })
    expect(patched.status).toBe(200)
    const read = await rest('GET', `/categories/${id}`)
    expect(read.status).toBe(200)
    expect(read.json.name).toBe('通告')
  })

  it('should create, read and update through GraphQL', async () => {
    const categoryCode = code()
    const created = await graphql(
      `
        mutation ($data: mutationCategoryInput!) {
          createCategory(data: $data) {
            id
            kind
          }
        }
      `,
      {
        token: office.token,
        variables: { data: { kind: 'serviceObject', code: categoryCode, name: '企业' } },
      },
    )
    expect(created.json.errors).toBeUndefined()
    expect(created.json.data.createCategory.kind).toBe('serviceObject')
    const id = created.json.data.createCategory.id
    const updated = await graphql(`mutation { updateCategory(id: ${id}, data: { name: "法人" }) { name } }`, {
      token: office.token,
    })
    expect(updated.json.errors).toBeUndefined()
    const read = await graphql(`{ Category(id: ${id}) { code name } }`)
    expect(read.json.data.Category).toEqual({ code: categoryCode, name: '法人' })
  })

  it('should refuse a second category with the same kind and code with a 400 naming code', async () => {
    const existing = await payload.create({
      collection: 'categories',
      data: { kind: 'theme', code: code(), name: '农业' },
    })
    const response = await rest('POST', '/categories', {
      token: office.token,
      body: { kind: 'theme', code: existing.code, name: '林业' },
    })
    expectFieldError(response, 'code', '已有', 'already')
  })

  it('should refuse changing a code to one its kind already uses', async () => {
    const existing = await payload.create({
      collection: 'categories',
      data: { kind: 'genre', code: code(), name: '决定' },
    })
    const other = await payload.create({
      collection: 'categories',
      data: { kind: 'genre', code: code(), name: '命令' },
    })
    const response = await rest('PATCH', `/categories/${other.id}`, {
      token: office.token,
      body: { code: existing.code },
    })
    expectFieldError(response, 'code', '已有', 'already')
  })

  it('should keep its own code when saved again', async () => {
    const created = await payload.create({
      collection: 'categories',
      data: { kind: 'genre', code: code(), name: '公告' },
    })
    const response = await rest('PATCH', `/categories/${created.id}`, {
      token: office.token,
      body: { code: created.code, name: '公告（改）' },
    })
    expect(response.status).toBe(200)
    expect(response.json.doc.name).toBe('公告（改）')
  })

  it('should accept the same code under another kind', async () => {
    const existing = await payload.create({
      collection: 'categories',
      data: { kind: 'theme', code: code(), name: '统计' },
    })
    const response = await rest('POST', '/categories', {
      token: office.token,
      body: { kind: 'genre', code: existing.code, name: '统计数据' },
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.code).toBe(existing.code)
  })

  it.each(['主题01', 'a b', 'A'.repeat(21)])('should refuse the code "%s"', async (badCode) => {
    const response = await rest('POST', '/categories', {
      token: office.token,
      body: { kind: 'theme', code: badCode, name: '其他' },
    })
    expectFieldError(response, 'code', '代码只能含字母、数字、点和连字符', 'letters, digits, dots and hyphens only')
  })

  it('should refuse a category without a kind', async () => {
    const response = await rest('POST', '/categories', { token: office.token, body: { code: code(), name: '其他' } })
    expectFieldError(response, 'kind')
  })

  it('should refuse a parent that would make a cycle', async () => {
    const top = await payload.create({
      collection: 'categories',
      data: { kind: 'theme', code: code(), name: '城乡建设' },
    })
    const child = await payload.create({
      collection: 'categories',
      data: { kind: 'theme', code: code(), name: '住房', parent: top.id },
    })
    const response = await rest('PATCH', `/categories/${top.id}`, { token: office.token, body: { parent: child.id } })
    expectFieldError(response, 'parent', '循环', 'cycle')
  })
})
