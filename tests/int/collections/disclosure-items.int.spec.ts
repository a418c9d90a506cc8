import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Category, Institution } from '../../../payload-types'

import { getTestPayload, graphql, rest } from '../../helpers/domainConfig'
import {
  createInstitution,
  createUser,
  ensureCategory,
  lexical,
  type SignedInUser,
  unique,
} from '../../helpers/fixtures'
import { expectFieldError } from '../../helpers/validation'

let payload: Payload
let office: SignedInUser
let institution: Institution
let theme: Category
let genre: Category

type ItemData = RequiredDataFromCollectionSlug<'disclosure-items'>

/** An item with the catalogue's required metadata, ready to publish. */
const item = (data: Partial<ItemData> = {}): ItemData => ({
  title: unique('关于2011年度财政预算执行情况的报告'),
  institution: institution.id,
  dateMade: '2011-12-20T00:00:00.000Z',
  theme: theme.id,
  body: lexical('2011年，全市财政收入稳步增长。'),
  // Defaults to proactive, yet GraphQL and the generated types require it like any required field.
  disclosureMethod: 'proactive',
  _status: 'published',
  ...data,
})

/** A published policy to relate items to. */
const createPolicy = () =>
  payload.create({
    collection: 'policies',
    data: {
      title: unique('政策'),
      level: 'normative-document',
      issuer: institution.id,
      dateWritten: '2011-01-01T00:00:00.000Z',
      body: lexical('正文'),
      disclosureMethod: 'proactive',
      _status: 'published',
    },
    depth: 0,
  })

const createItem = (data: Partial<ItemData> = {}) =>
  payload.create({ collection: 'disclosure-items', data: item(data), depth: 0 })

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
  institution = await createInstitution(payload)
  theme = await ensureCategory(payload, 'theme', unique('theme'), '财政、金融、审计')
  genre = await ensureCategory(payload, 'genre', unique('genre'), '报告')
})

describe('disclosure items', () => {
  it('should create, read and update through the Local API', async () => {
    const created = await createItem({ genre: genre.id, keywords: ['财政', '预算'] })
    const read = await payload.findByID({ collection: 'disclosure-items', id: created.id, depth: 0 })
    expect(read.genre).toBe(genre.id)
    expect(read.keywords).toEqual(['财政', '预算'])
    const updated = await payload.update({
      collection: 'disclosure-items',
      id: created.id,
      data: { validity: 'expired' },
    })
    expect(updated.validity).toBe('expired')
  })

  it('should create, read and update through REST', async () => {
    const created = await rest('POST', '/disclosure-items', { token: office.token, body: item() })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const patched = await rest('PATCH', `/disclosure-items/${id}`, {
      token: office.token,
      body: { summary: '全市财政收支情况。' },
    })
    expect(patched.status).toBe(200)
    const read = await rest('GET', `/disclosure-items/${id}?depth=0`)
    expect(read.status).toBe(200)
    expect(read.json.summary).toBe('全市财政收支情况。')
  })

  it('should create, read and update through GraphQL', async () => {
    const data = item()
    const created = await graphql(
      `
        mutation ($data: mutationDisclosureItemInput!) {
          createDisclosureItem(data: $data) {
            id
            theme {
              id
            }
          }
        }
      `,
      { token: office.token, variables: { data } },
    )
    expect(created.json.errors).toBeUndefined()
    expect(created.json.data.createDisclosureItem.theme.id).toBe(theme.id)
    const id = created.json.data.createDisclosureItem.id
    const updated = await graphql(
      `mutation { updateDisclosureItem(id: ${id}, data: { keywords: ["预算"] }) { keywords } }`,
      {
        token: office.token,
      },
    )
    expect(updated.json.errors).toBeUndefined()
    const read = await graphql(`{ DisclosureItem(id: ${id}) { title keywords } }`)
    expect(read.json.data.DisclosureItem).toEqual({ title: data.title, keywords: ['预算'] })
  })

  it('should refuse a summary longer than 300 characters', async () => {
    const response = await rest('POST', '/disclosure-items', {
      token: office.token,
      body: item({ summary: '概'.repeat(301) }),
    })
    expectFieldError(response, 'summary')
  })

  it('should accept a summary of exactly 300 characters', async () => {
    const response = await rest('POST', '/disclosure-items', {
      token: office.token,
      body: item({ summary: '概'.repeat(300) }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.summary).toHaveLength(300)
  })

  it.each(['dateMade', 'theme', 'body'] as const)('should refuse publishing without %s, naming it', async (path) => {
    const response = await rest('POST', '/disclosure-items', { token: office.token, body: item({ [path]: null }) })
    expectFieldError(response, path, '发布前必须填写', 'required to publish')
  })

  it('should save as a draft an item without date made, theme and body', async () => {
    const response = await rest('POST', '/disclosure-items?draft=true', {
      token: office.token,
      body: item({ dateMade: null, theme: null, body: null, _status: 'draft' }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc._status).toBe('draft')
  })

  it('should refuse a genre category as the theme', async () => {
    const response = await rest('POST', '/disclosure-items', { token: office.token, body: item({ theme: genre.id }) })
    expectFieldError(response, 'theme')
  })

  it('should refuse a theme category as the genre', async () => {
    const response = await rest('POST', '/disclosure-items', { token: office.token, body: item({ genre: theme.id }) })
    expectFieldError(response, 'genre')
  })

  it('should refuse an item not disclosed without a reason', async () => {
    const response = await rest('POST', '/disclosure-items', {
      token: office.token,
      body: item({ disclosureMethod: 'not-disclosed' }),
    })
    expectFieldError(response, 'nondisclosureReason', '必须说明理由', 'a reason is required')
  })

  it('should accept an item not disclosed with the legal reason', async () => {
    const response = await rest('POST', '/disclosure-items', {
      token: office.token,
      body: item({ disclosureMethod: 'not-disclosed', nondisclosureReason: '《条例》第十五条：涉及个人隐私' }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.nondisclosureReason).toBe('《条例》第十五条：涉及个人隐私')
  })

  it('should refuse an editor filing an item under an institution they do not belong to', async () => {
    const other = await createInstitution(payload)
    const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
    const response = await rest('POST', '/disclosure-items', {
      token: editor.token,
      body: item({ institution: other.id, _status: 'draft' }),
    })
    expectFieldError(response, 'institution', '只能选择您所属的机构', 'an institution you belong to')
  })

  it('should let an editor file an item under their own institution', async () => {
    const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
    const response = await rest('POST', '/disclosure-items', { token: editor.token, body: item({ _status: 'draft' }) })
    expect(response.status).toBe(201)
    expect(response.json.doc.institution.id).toBe(institution.id)
  })

  it('should refuse an editor moving their item to another institution', async () => {
    const other = await createInstitution(payload)
    const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
    const created = await rest('POST', '/disclosure-items', { token: editor.token, body: item({ _status: 'draft' }) })
    expect(created.status).toBe(201)
    const response = await rest('PATCH', `/disclosure-items/${created.json.doc.id}?draft=true`, {
      token: editor.token,
      body: { institution: other.id },
    })
    expectFieldError(response, 'institution', '只能选择您所属的机构', 'an institution you belong to')
  })

  it.each([
    ['validity', 'cancelled'],
    ['disclosureMethod', 'secret'],
  ])('should refuse %s "%s", which is not one of the options', async (path, value) => {
    const response = await rest('POST', '/disclosure-items', {
      token: office.token,
      body: { ...item(), [path]: value },
    })
    expectFieldError(response, path)
  })

  it('should keep related policies and services in order', async () => {
    const policy = await createPolicy()
    const service = await payload.create({
      collection: 'approval-services',
      data: {
        name: unique('事项'),
        serviceType: 'licensing',
        institution: institution.id,
        disclosureMethod: 'proactive',
        _status: 'draft',
      },
      draft: true,
      depth: 0,
    })
    const related: ItemData['related'] = [
      { relationTo: 'approval-services', value: service.id },
      { relationTo: 'policies', value: policy.id },
    ]
    const created = await rest('POST', '/disclosure-items', { token: office.token, body: item({ related }) })
    expect(created.status).toBe(201)
    const read = await rest('GET', `/disclosure-items/${created.json.doc.id}?depth=0`, { token: office.token })
    expect(read.json.related).toEqual(related)
  })

  it('should resolve related items of each collection through GraphQL', async () => {
    const policy = await createPolicy()
    const interpretation = await createItem({ title: unique('政策解读') })
    const created = await createItem({
      related: [
        { relationTo: 'policies', value: policy.id },
        { relationTo: 'disclosure-items', value: interpretation.id },
      ],
    })
    const read = await graphql(
      `{ DisclosureItem(id: ${created.id}) { related { relationTo value { ... on Policy { title } ... on DisclosureItem { title } } } } }`,
      { token: office.token },
    )
    expect(read.json.errors).toBeUndefined()
    // relationTo is a GraphQL enum there, and enum names cannot hold hyphens.
    expect(read.json.data.DisclosureItem.related).toEqual([
      { relationTo: 'policies', value: { title: policy.title } },
      { relationTo: 'disclosure_items', value: { title: interpretation.title } },
    ])
  })
})
