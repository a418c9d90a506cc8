import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { getTestPayload, graphql, rest } from '../../helpers/domainConfig'
import { createInstitution, createUser, ensureCategory } from '../../helpers/fixtures'
import { publishableItem, publishItem, serialOf } from './items'
import { expectRefused } from './refusals'

let payload: Payload
let theme: number
let office: SignedInUser
let institution: { id: number; creditCode?: null | string }

beforeAll(async () => {
  payload = await getTestPayload()
  theme = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
  office = await createUser(payload, { roles: ['disclosure-office'] })
  institution = await createInstitution(payload)
})

const REFUSAL = ['不能设置或修改', 'cannot be set or changed'] as const

/** Another number of the same shape: what a client trying to pick or change numbers would send. */
const forged = () =>
  `${institution.creditCode}/2026-${String(90000 + Math.floor(Math.random() * 9999)).padStart(5, '0')}`

const storedNumber = async (id: number) =>
  (await payload.findByID({ collection: 'disclosure-items', id, depth: 0 })).indexNumber ?? null

describe('index numbers through REST', () => {
  it('should refuse a create that brings its own number, published or draft', async () => {
    const published = await rest('POST', '/disclosure-items', {
      token: office.token,
      body: { ...publishableItem({ institution: institution.id, theme }), indexNumber: forged() },
    })
    expectRefused(published, 'indexNumber', ...REFUSAL)
    const draft = await rest('POST', '/disclosure-items?draft=true', {
      token: office.token,
      body: { ...publishableItem({ institution: institution.id, theme }), _status: 'draft', indexNumber: forged() },
    })
    expectRefused(draft, 'indexNumber', ...REFUSAL)
  })

  it('should refuse changing a number, and leave it as it was', async () => {
    const item = await publishItem(payload, { institution: institution.id, theme })
    const response = await rest('PATCH', `/disclosure-items/${item.id}`, {
      token: office.token,
      body: { indexNumber: forged(), title: '改号' },
    })
    expectRefused(response, 'indexNumber', ...REFUSAL)
    const stored = await payload.findByID({ collection: 'disclosure-items', id: item.id, depth: 0 })
    expect(stored).toMatchObject({ indexNumber: item.indexNumber, title: item.title })
  })

  it('should refuse giving a draft a number', async () => {
    const draft = await payload.create({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      data: { ...publishableItem({ institution: institution.id, theme }), _status: 'draft' as const },
      draft: true,
      depth: 0,
    })
    const response = await rest('PATCH', `/disclosure-items/${draft.id}?draft=true`, {
      token: office.token,
      body: { indexNumber: forged() },
    })
    expectRefused(response, 'indexNumber', ...REFUSAL)
    expect(await storedNumber(draft.id)).toBeNull()
  })

  it('should refuse a bulk update that sets numbers, changing none', async () => {
    const item = await publishItem(payload, { institution: institution.id, theme })
    const response = await rest('PATCH', `/disclosure-items?where[id][equals]=${item.id}`, {
      token: office.token,
      body: { indexNumber: forged() },
    })
    expect(response.status, JSON.stringify(response.json)).toBe(400)
    expect(JSON.stringify(response.json)).toContain('indexNumber')
    expect(await storedNumber(item.id)).toBe(item.indexNumber)
  })

  it('should accept the current number sent back unchanged, as the admin form does, and ignore an empty one', async () => {
    const item = await publishItem(payload, { institution: institution.id, theme })
    const unchanged = await rest('PATCH', `/disclosure-items/${item.id}`, {
      token: office.token,
      body: { indexNumber: item.indexNumber, title: '改名' },
    })
    expect(unchanged.status, JSON.stringify(unchanged.json)).toBe(200)
    expect(unchanged.json.doc).toMatchObject({ indexNumber: item.indexNumber, title: '改名' })
    const emptied = await rest('PATCH', `/disclosure-items/${item.id}`, {
      token: office.token,
      body: { indexNumber: null },
    })
    expect(emptied.status, JSON.stringify(emptied.json)).toBe(200)
    expect(await storedNumber(item.id)).toBe(item.indexNumber)
  })
})

describe('index numbers through GraphQL', () => {
  const expectGraphQLRefusal = (result: Awaited<ReturnType<typeof graphql>>) => {
    expect(result.json.errors, JSON.stringify(result.json)).toHaveLength(1)
    const [error] = result.json.errors!
    expect(error!.extensions?.statusCode).toBe(400)
    const fieldErrors = (error!.extensions?.data?.errors ?? []) as Array<{ path: string; message: string }>
    expect(fieldErrors.find((fieldError) => fieldError.path === 'indexNumber')?.message).toContain(REFUSAL[1])
  }

  it('should refuse a create mutation that sets the number', async () => {
    const {
      title,
      institution: id,
      dateMade,
      theme: themeId,
      body,
      disclosureMethod,
      _status,
    } = publishableItem({ institution: institution.id, theme })
    const result = await graphql(
      `
        mutation ($data: mutationDisclosureItemInput!) {
          createDisclosureItem(data: $data) {
            id
            indexNumber
          }
        }
      `,
      {
        token: office.token,
        variables: {
          data: {
            title,
            institution: id,
            dateMade,
            theme: themeId,
            body,
            disclosureMethod,
            _status,
            indexNumber: forged(),
          },
        },
      },
    )
    expectGraphQLRefusal(result)
    const { totalDocs } = await payload.count({ collection: 'disclosure-items', where: { title: { equals: title } } })
    expect(totalDocs).toBe(0)
  })

  it('should refuse an update mutation that changes the number, and accept the number sent back unchanged', async () => {
    const item = await publishItem(payload, { institution: institution.id, theme })
    const changed = await graphql(
      `
        mutation ($id: Int!, $data: mutationDisclosureItemUpdateInput!) {
          updateDisclosureItem(id: $id, data: $data) {
            indexNumber
          }
        }
      `,
      { token: office.token, variables: { id: item.id, data: { indexNumber: forged() } } },
    )
    expectGraphQLRefusal(changed)
    expect(await storedNumber(item.id)).toBe(item.indexNumber)
    const unchanged = await graphql(
      `
        mutation ($id: Int!, $data: mutationDisclosureItemUpdateInput!) {
          updateDisclosureItem(id: $id, data: $data) {
            indexNumber
            title
          }
        }
      `,
      {
        token: office.token,
        variables: { id: item.id, data: { indexNumber: item.indexNumber, title: 'GraphQL 改名' } },
      },
    )
    expect(unchanged.json.errors, JSON.stringify(unchanged.json)).toBeUndefined()
    expect(unchanged.json.data.updateDisclosureItem).toEqual({ indexNumber: item.indexNumber, title: 'GraphQL 改名' })
  })
})

describe('index numbers through the Local API', () => {
  it('should refuse setting or changing the number even with overrideAccess', async () => {
    const item = await publishItem(payload, { institution: institution.id, theme })
    const refusal = { status: 400, data: { errors: [{ path: 'indexNumber' }] } }
    await expect(
      payload.update({
        context: systemPublishContext(),
        collection: 'disclosure-items',
        id: item.id,
        data: { indexNumber: forged() },
        overrideAccess: true,
        depth: 0,
      }),
    ).rejects.toMatchObject(refusal)
    await expect(
      payload.create({
        context: systemPublishContext(),
        collection: 'disclosure-items',
        data: { ...publishableItem({ institution: institution.id, theme }), indexNumber: forged() },
        overrideAccess: true,
        depth: 0,
      }),
    ).rejects.toMatchObject(refusal)
    const asOffice = await payload.findByID({ collection: 'users', id: office.id, depth: 0 })
    await expect(
      payload.update({
        context: systemPublishContext(),
        collection: 'disclosure-items',
        id: item.id,
        data: { indexNumber: forged() },
        overrideAccess: false,
        user: { ...asOffice, collection: 'users' },
        depth: 0,
      }),
    ).rejects.toMatchObject(refusal)
    expect(await storedNumber(item.id)).toBe(item.indexNumber)
  })

  it('should keep the number when an unpublished version is restored', async () => {
    const draft = await payload.create({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      data: { ...publishableItem({ institution: institution.id, theme }), _status: 'draft' as const },
      draft: true,
      depth: 0,
    })
    const published = await payload.update({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: draft.id,
      data: { _status: 'published' },
      depth: 0,
    })
    const { docs: versions } = await payload.findVersions({
      collection: 'disclosure-items',
      where: { parent: { equals: draft.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(versions[0]!.version.indexNumber ?? null).toBeNull()
    const restored = await payload.restoreVersion({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: versions[0]!.id,
      depth: 0,
    })
    expect(restored.indexNumber).toBe(published.indexNumber)
    expect(await storedNumber(draft.id)).toBe(published.indexNumber)
  })
})

describe('duplicating a numbered item', () => {
  it('should give the copy no number until it is published, then a new one', async () => {
    const own = await createInstitution(payload)
    const original = await publishItem(payload, { institution: own.id, theme })
    const duplicated = await rest('POST', `/disclosure-items/${original.id}/duplicate`, { token: office.token })
    expect(duplicated.status, JSON.stringify(duplicated.json)).toBe(200)
    const copy = duplicated.json.doc
    expect(copy.id).not.toBe(original.id)
    expect(copy._status).toBe('draft')
    expect(copy.indexNumber ?? null).toBeNull()

    const published = await payload.update({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: copy.id,
      data: { _status: 'published' },
      depth: 0,
    })
    expect(published.indexNumber).not.toBe(original.indexNumber)
    expect(serialOf(published.indexNumber)).toBe(2)
    expect(await storedNumber(original.id)).toBe(original.indexNumber)
  })

  it('should number a copy duplicated straight to published with a new number', async () => {
    const own = await createInstitution(payload)
    const original = await publishItem(payload, { institution: own.id, theme })
    const copy = await payload.duplicate({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: original.id,
      draft: false,
      depth: 0,
    })
    expect(copy._status).toBe('published')
    expect(copy.indexNumber).not.toBe(original.indexNumber)
    expect(serialOf(copy.indexNumber)).toBe(2)
  })
})
