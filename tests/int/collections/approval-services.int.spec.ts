import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Institution } from '../../../payload-types'

import { getTestPayload, graphql, rest } from '../../helpers/domainConfig'
import { createInstitution, createUser, lexical, type SignedInUser, unique } from '../../helpers/fixtures'
import { expectFieldError } from '../../helpers/validation'

let payload: Payload
let office: SignedInUser
let institution: Institution

type ServiceData = RequiredDataFromCollectionSlug<'approval-services'>

/** A service guide with every element the national check requires, ready to publish. */
const service = (data: Partial<ServiceData> = {}): ServiceData => ({
  name: unique('个体工商户设立登记'),
  serviceType: 'licensing',
  institution: institution.id,
  legalBasis: '《促进个体工商户发展条例》第八条',
  conditions: lexical('申请人具有经营能力。'),
  materials: [{ name: '个体工商户登记申请书', form: ['original'], count: 1 }],
  // Defaults to proactive, yet GraphQL and the generated types require it like any required field.
  disclosureMethod: 'proactive',
  _status: 'published',
  ...data,
})

const workingDays = (days: number): ServiceData['legalTimeLimit'] => ({ kind: 'working-days', workingDays: days })

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
  institution = await createInstitution(payload)
})

describe('approval services', () => {
  it('should create, read and update through the Local API', async () => {
    const created = await payload.create({
      collection: 'approval-services',
      data: service({ implementationCode: '11152300MB0000001' }),
    })
    const read = await payload.findByID({ collection: 'approval-services', id: created.id, depth: 0 })
    expect(read.implementationCode).toBe('11152300MB0000001')
    expect(read.materials?.[0]?.form).toEqual(['original'])
    const updated = await payload.update({
      collection: 'approval-services',
      id: created.id,
      data: { feeStandard: '不收费' },
    })
    expect(updated.feeStandard).toBe('不收费')
  })

  it('should create, read and update through REST', async () => {
    const created = await rest('POST', '/approval-services', { token: office.token, body: service() })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const patched = await rest('PATCH', `/approval-services/${id}`, {
      token: office.token,
      body: { location: '政务服务中心一楼' },
    })
    expect(patched.status).toBe(200)
    const read = await rest('GET', `/approval-services/${id}?depth=0`)
    expect(read.status).toBe(200)
    expect(read.json.location).toBe('政务服务中心一楼')
  })

  it('should create, read and update through GraphQL', async () => {
    const data = service({ materials: [{ name: '身份证明', form: ['original', 'copy'] }] })
    const created = await graphql(
      `
        mutation ($data: mutationApprovalServiceInput!) {
          createApprovalService(data: $data) {
            id
            materials {
              form
            }
          }
        }
      `,
      { token: office.token, variables: { data } },
    )
    expect(created.json.errors).toBeUndefined()
    expect(created.json.data.createApprovalService.materials[0].form).toEqual(['original', 'copy'])
    const id = created.json.data.createApprovalService.id
    const updated = await graphql(
      `mutation { updateApprovalService(id: ${id}, data: { hours: "工作日 9:00–17:00" }) { hours } }`,
      {
        token: office.token,
      },
    )
    expect(updated.json.errors).toBeUndefined()
    const read = await graphql(`{ ApprovalService(id: ${id}) { name hours } }`)
    expect(read.json.data.ApprovalService).toEqual({ name: data.name, hours: '工作日 9:00–17:00' })
  })

  it.each<[string, Partial<ServiceData>]>([
    ['name', { name: null }],
    ['legalBasis', { legalBasis: '  ' }],
    ['conditions', { conditions: null }],
    ['materials', { materials: [] }],
  ])('should refuse publishing without %s, naming it', async (path, missing) => {
    const response = await rest('POST', '/approval-services', { token: office.token, body: service(missing) })
    expectFieldError(response, path, '发布前必须填写', 'required to publish')
  })

  it('should save as a draft a guide without name, legal basis, conditions and materials', async () => {
    const response = await rest('POST', '/approval-services?draft=true', {
      token: office.token,
      body: service({ name: null, legalBasis: null, conditions: null, materials: [], _status: 'draft' }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc._status).toBe('draft')
  })

  it('should refuse a promised time limit longer than the legal one', async () => {
    const response = await rest('POST', '/approval-services', {
      token: office.token,
      body: service({ legalTimeLimit: workingDays(20), promisedTimeLimit: workingDays(25) }),
    })
    expectFieldError(response, 'promisedTimeLimit', '不能长于法定时限', 'cannot exceed the legal one')
  })

  it('should accept a promised time limit shorter than the legal one', async () => {
    const response = await rest('POST', '/approval-services', {
      token: office.token,
      body: service({ legalTimeLimit: workingDays(20), promisedTimeLimit: workingDays(5) }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.promisedTimeLimit.workingDays).toBe(5)
  })

  it.each([0, 366, 2.5])('should refuse %s working days', async (days) => {
    const response = await rest('POST', '/approval-services', {
      token: office.token,
      body: service({ legalTimeLimit: workingDays(days) }),
    })
    expectFieldError(response, 'legalTimeLimit.workingDays', '1–365', 'from 1 to 365')
  })

  it('should refuse a guide without a service type', async () => {
    const { serviceType: _serviceType, ...withoutType } = service()
    const response = await rest('POST', '/approval-services', { token: office.token, body: withoutType })
    expectFieldError(response, 'serviceType')
  })

  it('should refuse a service type that is not one of the options', async () => {
    const response = await rest('POST', '/approval-services', {
      token: office.token,
      body: { ...service(), serviceType: 'permit' },
    })
    expectFieldError(response, 'serviceType')
  })

  it('should refuse a material without its name and form', async () => {
    const response = await rest('POST', '/approval-services', {
      token: office.token,
      body: { ...service(), materials: [{ count: 2 }] },
    })
    expectFieldError(response, 'materials.0.name')
    expectFieldError(response, 'materials.0.form')
  })
})
