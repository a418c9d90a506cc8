import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Institution } from '../../../payload-types'

import { getTestPayload, graphql, rest } from '../../helpers/domainConfig'
import { createInstitution, createUser, type SignedInUser, unique } from '../../helpers/fixtures'
import { expectFieldError } from '../../helpers/validation'

let payload: Payload
let office: SignedInUser
let institution: Institution

type OfficialData = RequiredDataFromCollectionSlug<'officials'>

const official = (data: Partial<OfficialData> = {}): OfficialData => ({
  name: unique('张三'),
  institution: institution.id,
  post: '局长',
  _status: 'published',
  ...data,
})

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
  institution = await createInstitution(payload)
})

describe('officials', () => {
  it('should create, read and update through the Local API', async () => {
    const created = await payload.create({ collection: 'officials', data: official({ portfolio: '负责财政工作' }) })
    const read = await payload.findByID({ collection: 'officials', id: created.id, depth: 0 })
    expect(read.portfolio).toBe('负责财政工作')
    expect(read.institution).toBe(institution.id)
    const updated = await payload.update({ collection: 'officials', id: created.id, data: { post: '副局长' } })
    expect(updated.post).toBe('副局长')
  })

  it('should create, read and update through REST', async () => {
    const created = await rest('POST', '/officials', { token: office.token, body: official() })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const patched = await rest('PATCH', `/officials/${id}`, { token: office.token, body: { portfolio: '分管教育' } })
    expect(patched.status).toBe(200)
    const read = await rest('GET', `/officials/${id}?depth=0`)
    expect(read.status).toBe(200)
    expect(read.json.portfolio).toBe('分管教育')
  })

  it('should create, read and update through GraphQL', async () => {
    const name = unique('李四')
    const created = await graphql(
      `
        mutation ($data: mutationOfficialInput!) {
          createOfficial(data: $data) {
            id
            name
          }
        }
      `,
      { token: office.token, variables: { data: official({ name }) } },
    )
    expect(created.json.errors).toBeUndefined()
    const id = created.json.data.createOfficial.id
    const updated = await graphql(`mutation { updateOfficial(id: ${id}, data: { post: "市长" }) { post } }`, {
      token: office.token,
    })
    expect(updated.json.errors).toBeUndefined()
    expect(updated.json.data.updateOfficial.post).toBe('市长')
    const read = await graphql(`{ Official(id: ${id}) { name post } }`)
    expect(read.json.data.Official).toEqual({ name, post: '市长' })
  })

  it('should refuse a term that ends before it starts with a 400 naming termEnd', async () => {
    const response = await rest('POST', '/officials', {
      token: office.token,
      body: official({ termStart: '2021-06-01T00:00:00.000Z', termEnd: '2021-05-31T00:00:00.000Z' }),
    })
    expectFieldError(response, 'termEnd', '不能早于', 'cannot be earlier than')
  })

  it('should refuse changing only the start of a term to after its end', async () => {
    const created = await payload.create({
      collection: 'officials',
      data: official({ termStart: '2016-01-01T00:00:00.000Z', termEnd: '2021-01-01T00:00:00.000Z' }),
    })
    const response = await rest('PATCH', `/officials/${created.id}`, {
      token: office.token,
      body: { termStart: '2022-01-01T00:00:00.000Z' },
    })
    expectFieldError(response, 'termEnd', '不能早于', 'cannot be earlier than')
  })

  it('should refuse an appointment document number with square brackets, with a hint', async () => {
    const response = await rest('POST', '/officials', {
      token: office.token,
      body: official({
        appointments: [
          { action: 'appointed', post: '局长', date: '2011-03-01T00:00:00.000Z', documentNumber: '扎政任[2011]3号' },
        ],
      }),
    })
    expectFieldError(response, 'appointments.0.documentNumber', '〔〕', 'brackets')
  })

  it('should accept an appointment with a standard document number', async () => {
    const response = await rest('POST', '/officials', {
      token: office.token,
      body: official({
        appointments: [
          { action: 'appointed', post: '局长', date: '2011-03-01T00:00:00.000Z', documentNumber: '扎政任〔2011〕3号' },
        ],
      }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.appointments[0].documentNumber).toBe('扎政任〔2011〕3号')
  })

  it('should refuse an appointment without action, post and date, naming each', async () => {
    const response = await rest('POST', '/officials', {
      token: office.token,
      // What a hand-written API call might send: the required action, post and date left out.
      body: { ...official(), appointments: [{ documentNumber: '扎政任〔2011〕3号' }] },
    })
    for (const path of ['appointments.0.action', 'appointments.0.post', 'appointments.0.date']) {
      expectFieldError(response, path)
    }
  })
})
