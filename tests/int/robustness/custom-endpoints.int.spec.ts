import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'

import { REVALIDATE_SIGNATURE_HEADER, revalidateSignature } from '../../../plugins/portal-publishing/revalidate'
import { createInstitution, createUser, ensureCategory, lexical, unique } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { fieldErrors } from '../../helpers/validation'
import { createDraftIssue } from '../bulletin/fixtures'
import { badIds } from './cases'

let payload: Payload
let office: SignedInUser
let bulletinEditor: SignedInUser
let itemId: number
let issueId: number

/** A client error, never a server error. */
const expectClientError = (response: { status: number; text: string }) => {
  expect(response.status, response.text).toBeGreaterThanOrEqual(400)
  expect(response.status, response.text).toBeLessThan(500)
}

/** A 400 naming the field, in Chinese and English. */
const expectBilingualFieldError = (response: { status: number; json: any; text: string }, field: string) => {
  expect(response.status, response.text).toBe(400)
  const message =
    fieldErrors(response).find((error) => error.path === field)?.message ?? response.json?.errors?.[0]?.message
  expect(response.text).toContain(field)
  expect(message, response.text).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/)
}

const readItem = () => payload.findByID({ collection: 'disclosure-items', id: itemId, depth: 0, draft: true })

beforeAll(async () => {
  payload = await getTestPayload()
  const institution = await createInstitution(payload)
  office = await createUser(payload, { roles: ['disclosure-office'] })
  bulletinEditor = await createUser(payload, { roles: ['bulletin-editor'] })
  const theme = await ensureCategory(payload, 'theme', 'T02', '综合政务')
  const item = await payload.create({
    collection: 'disclosure-items',
    data: {
      title: unique('信息'),
      institution: institution.id,
      dateMade: '2024-01-05',
      theme: theme.id,
      body: lexical('正文'),
      disclosureMethod: 'proactive' as const,
      _status: 'draft' as const,
    },
    draft: true,
    depth: 0,
  })
  itemId = item.id
  issueId = (await createDraftIssue(payload, [])).id as number
})

describe('workflow endpoint', () => {
  it.each([...badIds, '999999999'])('should answer 4xx for the document id "%s"', async (id) => {
    expectClientError(await rest('GET', `/disclosure-items/${id}/workflow`, { token: office.token }))
    expectClientError(
      await rest('POST', `/disclosure-items/${id}/workflow`, { token: office.token, body: { action: 'submit' } }),
    )
  })

  it.each<[string, { body?: unknown; rawBody?: string }]>([
    ['truncated JSON', { rawBody: '{"action": "sub' }],
    ['null', { rawBody: 'null' }],
    ['an array', { body: [{ action: 'submit' }] }],
    ['a string', { body: 'submit' }],
    ['no action', { body: {} }],
    ['a numeric action', { body: { action: 7 } }],
    ['an unknown action', { body: { action: 'teleport' } }],
    ['an object as comment', { body: { action: 'submit', comment: { text: '同意' } } }],
  ])('should refuse a body with %s, changing nothing', async (_, options) => {
    const before = await readItem()
    expectClientError(await rest('POST', `/disclosure-items/${itemId}/workflow`, { token: office.token, ...options }))
    expect(await readItem()).toEqual(before)
  })

  it('should name the action field when it is missing', async () => {
    expectBilingualFieldError(
      await rest('POST', `/disclosure-items/${itemId}/workflow`, { token: office.token, body: { comment: '同意' } }),
      'action',
    )
  })

  it('should refuse an anonymous caller', async () => {
    expectClientError(await rest('GET', `/disclosure-items/${itemId}/workflow`))
    expectClientError(await rest('POST', `/disclosure-items/${itemId}/workflow`, { body: { action: 'submit' } }))
  })
})

describe('catalogue lookup', () => {
  it.each(['abc', '%25', '..', 'x'.repeat(5000), '11150783MB1234567X/2024-0001', '%E4%B8%AD/%2F'])(
    'should answer 404 for the index number "%s"',
    async (indexNumber) => {
      const response = await rest('GET', `/catalogue/${indexNumber}`)
      expect(response.status, response.text).toBe(404)
    },
  )
})

describe('portal search', () => {
  it.each([
    ['page=abc', 'page'],
    ['page=0', 'page'],
    ['limit=-1', 'limit'],
    ['limit=1000', 'limit'],
    ['year=abc', 'year'],
    ['year=99999', 'year'],
    ['institution=abc', 'institution'],
    ['theme=1.5', 'theme'],
    ['genre=-1', 'genre'],
    ['validity=bogus', 'validity'],
    [`q=${'检'.repeat(101)}`, 'q'],
  ])('should refuse ?%s naming the parameter', async (query, field) => {
    expectBilingualFieldError(await rest('GET', `/portal/search?${query}`), field)
  })

  it.each([
    'collection=users',
    'collection=nope',
    'q[]=a&q[]=b',
    'q[a]=b',
    'institution=999999999',
    `q=${encodeURIComponent("'; drop table users; --")}`,
    'q=%25%5F',
  ])('should answer ?%s without an error', async (query) => {
    const response = await rest('GET', `/portal/search?${query}`)
    expect(response.status, response.text).toBe(200)
  })
})

describe('portal revalidate', () => {
  const signed = (rawBody: string) => ({
    rawBody,
    headers: { [REVALIDATE_SIGNATURE_HEADER]: revalidateSignature(payload, rawBody) },
  })

  it.each([
    'null',
    '[]',
    '"feeds"',
    '42',
    '{"tags": "feeds", "at": 0}',
    '{"tags": [1, 2]}',
    '{"tags": ["feeds"], "at": "now"}',
    '{bad',
  ])('should refuse the signed body %s with a 400', async (rawBody) => {
    const response = await rest('POST', '/portal/revalidate', signed(rawBody))
    expect(response.status, response.text).toBe(400)
  })

  it('should refuse an unsigned malformed body with a 401', async () => {
    expect((await rest('POST', '/portal/revalidate', { rawBody: 'null' })).status).toBe(401)
  })
})

describe('bulletin endpoints', () => {
  it.each([...badIds, '999999999'].flatMap((id) => ['pdf', 'docx', 'print'].map((format) => [id, format])))(
    'should answer 404 for /bulletin-issues/%s/%s',
    async (id, format) => {
      expect((await rest('GET', `/bulletin-issues/${id}/${format}`)).status).toBe(404)
      expect((await rest('GET', `/bulletin-issues/${id}/${format}`, { token: bulletinEditor.token })).status).toBe(404)
    },
  )

  it.each(badIds)('should answer 404 when exporting the issue "%s"', async (id) => {
    expect(
      (await rest('POST', `/bulletin-issues/${id}/export`, { token: bulletinEditor.token, body: { format: 'pdf' } }))
        .status,
    ).toBe(404)
  })

  it.each<[string, { body?: unknown; rawBody?: string }]>([
    ['truncated JSON', { rawBody: '{"format": "pd' }],
    ['null', { rawBody: 'null' }],
    ['an array', { body: ['pdf'] }],
    ['an unknown format', { body: { format: 'exe' } }],
    ['a list of formats', { body: { format: ['pdf'] } }],
  ])('should refuse an export request with %s, naming format', async (_, options) => {
    const response = await rest('POST', `/bulletin-issues/${issueId}/export`, {
      token: bulletinEditor.token,
      ...options,
    })
    expectBilingualFieldError(response, 'format')
  })

  it.each(['since=2024-13-45', 'since=2024-02-30', 'since=yesterday', 'since[]=2024-01-01', 'since=0000-00-00'])(
    'should refuse suggestions ?%s naming since',
    async (query) => {
      expectBilingualFieldError(
        await rest('GET', `/bulletin-issues/suggestions?${query}`, { token: bulletinEditor.token }),
        'since',
      )
    },
  )

  it('should refuse suggestions to an anonymous caller', async () => {
    expect((await rest('GET', '/bulletin-issues/suggestions?since=yesterday')).status).toBe(403)
  })
})

describe('GraphQL', () => {
  /** Errors in the `errors` list (GraphQL's own 400 or a resolver's refusal), none of them a server failure. */
  const expectGraphQLRefusal = (
    response: { status: number; json: { errors?: Array<{ message: string; extensions?: any }> } },
    field?: string,
  ) => {
    expect(response.status, JSON.stringify(response.json)).toBeLessThan(500)
    expect(response.json.errors?.length, JSON.stringify(response.json)).toBeGreaterThan(0)
    for (const error of response.json.errors!) {
      expect(error.message).not.toMatch(/Something went wrong|Internal Server Error|Failed query|invalid input syntax/i)
      expect(error.extensions?.statusCode ?? 400, JSON.stringify(error)).toBeLessThan(500)
    }
    if (field) expect(JSON.stringify(response.json.errors)).toContain(field)
  }

  it.each([
    [
      'a word as a relationship id in where',
      '{ DisclosureItems(where: { institution: { equals: "abc" } }) { docs { id } } }',
    ],
    ['a list with a word in where', '{ DisclosureItems(where: { id: { in: [1, "abc"] } }) { docs { id } } }'],
    ['an unknown field in where', '{ DisclosureItems(where: { nonexistent: { equals: "x" } }) { docs { id } } }'],
    ['a negative page', '{ DisclosureItems(page: -3) { docs { id } } }'],
    ['an unknown sort', '{ DisclosureItems(sort: "nonexistentField") { docs { id } } }'],
    ['a missing document', '{ DisclosureItem(id: 999999999) { id } }'],
    ['an id beyond any integer', '{ DisclosureItem(id: 123456789012345678901234567890) { id } }'],
    ['a word as a version parent', '{ versionsDisclosureItems(where: { parent: { equals: "abc" } }) { docs { id } } }'],
  ])('should answer %s without a server error', async (_, query) => {
    const response = await graphql(query, { token: office.token })
    if (response.json.errors) expectGraphQLRefusal(response)
    else expect(response.status).toBe(200)
  })

  it.each([
    ['a missing institution', { institution: 999999999 }, 'institution'],
    ['an object as the title', { title: { zh: '标题' } }, 'title'],
    ['a date that is no date', { dateMade: '2024-13-45' }, 'dateMade'],
    ['a string as the body', { body: '正文' }, 'body'],
  ])('should refuse creating an item with %s, naming the field', async (_, patch, field) => {
    const data = {
      title: unique('信息'),
      institution: 1,
      dateMade: '2024-01-05',
      body: lexical('正文'),
      disclosureMethod: 'proactive',
      ...patch,
    }
    const response = await graphql(
      'mutation ($data: mutationDisclosureItemInput!) { createDisclosureItem(data: $data, draft: true) { id } }',
      {
        token: office.token,
        variables: { data },
      },
    )
    expectGraphQLRefusal(response, field)
  })

  it('should refuse updating an item with a missing relationship id, changing nothing', async () => {
    const before = await readItem()
    const response = await graphql(
      `mutation { updateDisclosureItem(id: ${itemId}, draft: true, data: { theme: 999999999 }) { id } }`,
      { token: office.token },
    )
    expectGraphQLRefusal(response, 'theme')
    expect(await readItem()).toEqual(before)
  })

  it.each([
    ['update', 'mutation { updateDisclosureItem(id: 999999999, data: { title: "x" }) { id } }'],
    ['delete', 'mutation { deleteDisclosureItem(id: 999999999) { id } }'],
  ])('should answer %s of a missing document without a server error', async (_, query) => {
    expectGraphQLRefusal(await graphql(query, { token: office.token }))
  })
})
