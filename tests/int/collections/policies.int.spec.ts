import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Institution } from '../../../payload-types'

import { getTestPayload, graphql, rest } from '../../helpers/domainConfig'
import { createInstitution, createUser, lexical, type SignedInUser, unique } from '../../helpers/fixtures'
import { expectFieldError } from '../../helpers/validation'

let payload: Payload
let office: SignedInUser
let institution: Institution

type PolicyData = RequiredDataFromCollectionSlug<'policies'>

/** A policy complete enough to publish. */
const policy = (data: Partial<PolicyData> = {}): PolicyData => ({
  title: unique('关于加强财政管理的通知'),
  level: 'normative-document',
  issuer: institution.id,
  dateWritten: '2011-03-01T00:00:00.000Z',
  body: lexical('各乡镇人民政府，市直各部门：'),
  // Defaults to proactive, yet GraphQL and the generated types require it like any required field.
  disclosureMethod: 'proactive',
  _status: 'published',
  ...data,
})

const createPolicy = (data: Partial<PolicyData> = {}) =>
  payload.create({ collection: 'policies', data: policy(data), depth: 0 })

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
  institution = await createInstitution(payload)
})

describe('policies', () => {
  it('should create, read and update through the Local API', async () => {
    const created = await createPolicy({ documentNumber: '扎政发〔2011〕12号' })
    const read = await payload.findByID({ collection: 'policies', id: created.id, depth: 0 })
    expect(read.documentNumber).toBe('扎政发〔2011〕12号')
    const updated = await payload.update({ collection: 'policies', id: created.id, data: { validity: 'repealed' } })
    expect(updated.validity).toBe('repealed')
  })

  it('should create, read and update through REST', async () => {
    const created = await rest('POST', '/policies', { token: office.token, body: policy() })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const patched = await rest('PATCH', `/policies/${id}`, {
      token: office.token,
      body: { documentNumber: '扎政办发〔2011〕7号' },
    })
    expect(patched.status).toBe(200)
    const read = await rest('GET', `/policies/${id}?depth=0`)
    expect(read.status).toBe(200)
    expect(read.json.documentNumber).toBe('扎政办发〔2011〕7号')
  })

  it('should create, read and update through GraphQL', async () => {
    const data = { ...policy(), level: 'law' }
    const created = await graphql(
      `
        mutation ($data: mutationPolicyInput!) {
          createPolicy(data: $data) {
            id
            title
            level
          }
        }
      `,
      {
        token: office.token,
        variables: { data },
      },
    )
    expect(created.json.errors).toBeUndefined()
    expect(created.json.data.createPolicy.level).toBe('law')
    const id = created.json.data.createPolicy.id
    const updated = await graphql(`mutation { updatePolicy(id: ${id}, data: { validity: expired }) { validity } }`, {
      token: office.token,
    })
    expect(updated.json.errors).toBeUndefined()
    expect(updated.json.data.updatePolicy.validity).toBe('expired')
    const read = await graphql(`{ Policy(id: ${id}) { title validity } }`)
    expect(read.json.data.Policy).toEqual({ title: data.title, validity: 'expired' })
  })

  it('should refuse a document number with square brackets, with a hint to use 〔〕', async () => {
    const response = await rest('POST', '/policies', {
      token: office.token,
      body: policy({ documentNumber: '扎政发[2011]12号' }),
    })
    expectFieldError(response, 'documentNumber', '六角括号', 'brackets')
  })

  it('should accept a document number with the year in 〔〕', async () => {
    const response = await rest('POST', '/policies', {
      token: office.token,
      body: policy({ documentNumber: '扎政发〔2011〕12号' }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.documentNumber).toBe('扎政发〔2011〕12号')
  })

  it('should refuse an effective date earlier than the date written with a 400 naming dateEffective', async () => {
    const response = await rest('POST', '/policies', {
      token: office.token,
      body: policy({ dateWritten: '2011-03-01T00:00:00.000Z', dateEffective: '2011-02-28T00:00:00.000Z' }),
    })
    expectFieldError(response, 'dateEffective', '不能早于', 'cannot be earlier than')
  })

  it('should refuse publishing without a body', async () => {
    const response = await rest('POST', '/policies', { token: office.token, body: policy({ body: null }) })
    expectFieldError(response, 'body', '发布前必须填写', 'required to publish')
  })

  it('should refuse publishing a body whose paragraphs are blank', async () => {
    const response = await rest('POST', '/policies', { token: office.token, body: policy({ body: lexical('', '  ') }) })
    expectFieldError(response, 'body', '发布前必须填写', 'required to publish')
  })

  it('should refuse publishing without the date written', async () => {
    const response = await rest('POST', '/policies', { token: office.token, body: policy({ dateWritten: null }) })
    expectFieldError(response, 'dateWritten', '发布前必须填写', 'required to publish')
  })

  it('should save a draft without body and date written', async () => {
    const response = await rest('POST', '/policies?draft=true', {
      token: office.token,
      body: policy({ body: null, dateWritten: null, _status: 'draft' }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc._status).toBe('draft')
  })

  it('should refuse publishing a draft that still lacks its body', async () => {
    const draft = await rest('POST', '/policies?draft=true', {
      token: office.token,
      body: policy({ body: null, _status: 'draft' }),
    })
    expect(draft.status).toBe(201)
    const response = await rest('PATCH', `/policies/${draft.json.doc.id}`, {
      token: office.token,
      body: { _status: 'published' },
    })
    expectFieldError(response, 'body', '发布前必须填写', 'required to publish')
  })

  it('should refuse a policy that replaces itself', async () => {
    const created = await createPolicy()
    const response = await rest('PATCH', `/policies/${created.id}`, {
      token: office.token,
      body: { replaces: created.id },
    })
    expectFieldError(response, 'replaces', '不能替代自身', 'cannot replace itself')
  })

  it('should list the newer policy under the older one’s replacedBy', async () => {
    const older = await createPolicy()
    const newer = await createPolicy({ replaces: older.id })
    const read = await rest('GET', `/policies/${older.id}?depth=0`)
    expect(read.status).toBe(200)
    expect(read.json.replacedBy.docs).toEqual([newer.id])
  })

  it('should refuse a policy without a level', async () => {
    const { level: _level, ...withoutLevel } = policy()
    const response = await rest('POST', '/policies', { token: office.token, body: withoutLevel })
    expectFieldError(response, 'level')
  })

  it('should refuse a level that is not one of the options', async () => {
    const response = await rest('POST', '/policies', { token: office.token, body: { ...policy(), level: 'decree' } })
    expectFieldError(response, 'level')
  })
})
