import type { CollectionSlug, Payload } from 'payload'

import crypto from 'node:crypto'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'
import type { FieldKind } from './cases'

import { malformedJsonParams } from '../../../src/lib/api/malformedQuery'
import { createInstitution, createUser, ensureCategory, lexical, unique, validCreditCode } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { fieldErrors } from '../../helpers/validation'
import { badIds, badWrites, deeplyNestedBody, deeplyNestedRichText } from './cases'

let payload: Payload
let office: SignedInUser
let admin: SignedInUser
let institutionId: number
let themeId: number

type Door = {
  slug: CollectionSlug
  /** Who writes: the disclosure office, or an admin where only admins may (users). */
  writer: () => SignedInUser
  /** A body that creates a document (drafts where the collection has them: the workflow owns publishing). */
  valid: () => Record<string, unknown>
  fields: Array<[path: string, kind: FieldKind]>
  /** Fields to query with bad operands. */
  query: { text: string; date: string; relationship: string }
  hasDrafts: boolean
}

const draft = { disclosureMethod: 'proactive', _status: 'draft' }

const doors: Door[] = [
  {
    slug: 'disclosure-items',
    writer: () => office,
    valid: () => ({
      title: unique('信息'),
      institution: institutionId,
      dateMade: '2024-01-05',
      theme: themeId,
      body: lexical('正文'),
      ...draft,
    }),
    fields: [
      ['title', 'text'],
      ['dateMade', 'date'],
      ['institution', 'relationship'],
      ['theme', 'relationship'],
      ['serviceObjects', 'hasMany'],
      ['attachments', 'hasMany'],
      ['disclosureMethod', 'select'],
      ['validity', 'select'],
      ['body', 'richText'],
    ],
    query: { text: 'title', date: 'dateMade', relationship: 'institution' },
    hasDrafts: true,
  },
  {
    slug: 'policies',
    writer: () => office,
    valid: () => ({
      title: unique('政策'),
      level: 'normative-document',
      issuer: institutionId,
      dateWritten: '2024-01-01',
      body: lexical('正文'),
      ...draft,
    }),
    fields: [
      ['title', 'text'],
      ['dateWritten', 'date'],
      ['dateEffective', 'date'],
      ['issuer', 'relationship'],
      ['replaces', 'relationship'],
      ['interpretations', 'hasMany'],
      ['level', 'select'],
      ['body', 'richText'],
    ],
    query: { text: 'title', date: 'dateWritten', relationship: 'issuer' },
    hasDrafts: true,
  },
  {
    slug: 'approval-services',
    writer: () => office,
    valid: () => ({ name: unique('事项'), serviceType: 'licensing', institution: institutionId, ...draft }),
    fields: [
      ['name', 'text'],
      ['institution', 'relationship'],
      ['theme', 'relationship'],
      ['serviceType', 'select'],
      ['conditions', 'richText'],
    ],
    query: { text: 'name', date: 'createdAt', relationship: 'institution' },
    hasDrafts: true,
  },
  {
    slug: 'officials',
    writer: () => office,
    valid: () => ({ name: unique('张三'), institution: institutionId, post: '局长', ...draft }),
    fields: [
      ['name', 'text'],
      ['termStart', 'date'],
      ['institution', 'relationship'],
      ['photo', 'relationship'],
      ['order', 'number'],
      ['resume', 'richText'],
    ],
    query: { text: 'name', date: 'termStart', relationship: 'institution' },
    hasDrafts: true,
  },
  {
    slug: 'institutions',
    writer: () => office,
    valid: () => ({ name: unique('机构'), kind: 'department', creditCode: validCreditCode(), _status: 'draft' }),
    fields: [
      ['name', 'text'],
      ['parent', 'relationship'],
      ['kind', 'select'],
      ['order', 'number'],
      ['functions', 'richText'],
    ],
    query: { text: 'name', date: 'createdAt', relationship: 'parent' },
    hasDrafts: true,
  },
  {
    slug: 'categories',
    writer: () => office,
    valid: () => ({ kind: 'genre', code: unique('G'), name: unique('类') }),
    fields: [
      ['name', 'text'],
      ['code', 'text'],
      ['parent', 'relationship'],
      ['kind', 'select'],
      ['order', 'number'],
    ],
    query: { text: 'name', date: 'createdAt', relationship: 'parent' },
    hasDrafts: false,
  },
  {
    slug: 'users',
    writer: () => admin,
    valid: () => ({
      email: `${unique('robust')}@test.local`,
      password: 'test-password-123',
      name: unique('用户'),
      roles: ['editor'],
      institutions: [institutionId],
    }),
    fields: [
      ['name', 'text'],
      ['email', 'text'],
      // Not a field, but hashed: anything but text was a TypeError in node:crypto, a 500 (found by fuzz-writes).
      ['password', 'text'],
      ['roles', 'hasMany'],
      ['institutions', 'hasMany'],
    ],
    query: { text: 'name', date: 'createdAt', relationship: 'institutions' },
    hasDrafts: false,
  },
  // The plugins' collections: without the checks, a NUL in a title was a 500 and an object was stored as its
  // JSON text (found by fuzz-writes).
  {
    slug: 'bulletin-issues',
    writer: () => office,
    valid: () => ({
      title: unique('公报'),
      year: 2098,
      issueNumber: crypto.randomInt(1, 2 ** 31 - 1),
      cumulativeNumber: crypto.randomInt(1, 2 ** 31 - 1),
      publicationDate: '2098-01-01',
      _status: 'draft',
    }),
    fields: [
      ['title', 'text'],
      ['year', 'number'],
      ['publicationDate', 'date'],
      ['cover', 'relationship'],
      ['editorsNote', 'richText'],
    ],
    query: { text: 'title', date: 'publicationDate', relationship: 'cover' },
    hasDrafts: true,
  },
  {
    slug: 'webhooks',
    writer: () => office,
    valid: () => ({
      name: unique('订阅'),
      url: 'https://hooks.example.com/in',
      secret: unique('secret-secret'),
      collections: ['policies'],
      // Inactive: an active one would be sent the publishes of the suites beside this one, to a host that does
      // not exist, and crowd the queue their own jobs wait in.
      active: false,
    }),
    fields: [
      ['name', 'text'],
      ['url', 'text'],
      ['collections', 'hasMany'],
    ],
    query: { text: 'name', date: 'createdAt', relationship: 'id' },
    hasDrafts: false,
  },
]

/** "中文 / English", as `bilingualMessage` writes. */
const BILINGUAL = /[\u4e00-\u9fff].* \/ [A-Za-z]/

/**
 * Not a 5xx, and, when a write is refused for a field, a 400 naming it; in Chinese and English unless
 * the refusal is Payload's own (its messages follow the request language).
 */
const expectRefusal = (
  response: { status: number; json: any; text: string },
  field?: string,
  { isOurs = true } = {},
) => {
  expect(response.status, response.text).toBeGreaterThanOrEqual(400)
  expect(response.status, response.text).toBeLessThan(500)
  if (field) {
    expect(response.status, response.text).toBe(400)
    const error = fieldErrors(response).find((candidate) => candidate.path === field)
    expect(error, response.text).toBeDefined()
    if (isOurs) expect(error!.message).toMatch(BILINGUAL)
  }
}

const readRaw = (slug: CollectionSlug, id: number | string, hasDrafts: boolean) =>
  payload.findByID({ collection: slug, id, depth: 0, draft: hasDrafts, overrideAccess: true, showHiddenFields: true })

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
  admin = await createUser(payload, { roles: ['admin'] })
  institutionId = (await createInstitution(payload)).id
  themeId = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id as number
})

const malformedBodies: Array<[string, string]> = [
  ['truncated JSON', '{"title": "abc'],
  ['null', 'null'],
  ['an array', '[{"title": "abc"}]'],
  ['a string', '"abc"'],
  ['a number', '42'],
]

const badQueries = (door: Door): string[] => [
  'limit=-1',
  'limit=abc',
  'page=0',
  'page=-3',
  'page=abc',
  'depth=99',
  'depth=abc',
  'sort=nonexistentField',
  'sort=-nonexistentField',
  'where[nonexistent][equals]=x',
  `where[${door.query.text}][unknownOp]=x`,
  `where[${door.query.date}][greater_than]=notadate`,
  `where[${door.query.relationship}][equals]=abc`,
  `where[${door.query.relationship}][in]=abc,1.5`,
  `where[id][equals]=abc`,
  `where[id][in]=1,abc`,
  `where[or][0][${door.query.text}][like]=x&where[or][1][nonexistent][equals]=y`,
]

describe.each(doors)('$slug', (door) => {
  let existingId: number | string

  beforeAll(async () => {
    const created = await rest('POST', `/${door.slug}${door.hasDrafts ? '?draft=true' : ''}`, {
      token: door.writer().token,
      body: door.valid(),
    })
    expect(created.status, created.text).toBe(201)
    existingId = created.json.doc.id
  })

  it.each(badWrites(door.fields))(
    'should refuse creating with $name, naming the field',
    async ({ data, field, isPayloadCheck }) => {
      const response = await rest('POST', `/${door.slug}${door.hasDrafts ? '?draft=true' : ''}`, {
        token: door.writer().token,
        body: { ...door.valid(), ...data },
      })
      expectRefusal(response, field, { isOurs: !isPayloadCheck })
    },
  )

  it.each(badWrites(door.fields))(
    'should refuse updating with $name, naming the field, changing nothing',
    async ({ data, field, isPayloadCheck }) => {
      const before = await readRaw(door.slug, existingId, door.hasDrafts)
      const response = await rest('PATCH', `/${door.slug}/${existingId}${door.hasDrafts ? '?draft=true' : ''}`, {
        token: door.writer().token,
        body: data,
      })
      expectRefusal(response, field, { isOurs: !isPayloadCheck })
      expect(await readRaw(door.slug, existingId, door.hasDrafts)).toEqual(before)
    },
  )

  it.each(malformedBodies)('should refuse a body that is %s, changing nothing', async (_, rawBody) => {
    const before = await readRaw(door.slug, existingId, door.hasDrafts)
    expectRefusal(await rest('POST', `/${door.slug}`, { token: door.writer().token, rawBody }))
    expectRefusal(await rest('PATCH', `/${door.slug}/${existingId}`, { token: door.writer().token, rawBody }))
    expect(await readRaw(door.slug, existingId, door.hasDrafts)).toEqual(before)
  })

  it('should refuse a value nested far too deep, known field or not, naming it', async () => {
    const richText = door.fields.find(([, kind]) => kind === 'richText')?.[0]
    const cases: Array<[string, string]> = [
      ['notAField', deeplyNestedBody(door.valid(), 'notAField')],
      [door.query.text, deeplyNestedBody(door.valid(), door.query.text)],
      ...(richText ? [[richText, deeplyNestedRichText(door.valid(), richText)] as [string, string]] : []),
    ]
    for (const [field, rawBody] of cases) {
      const path = `/${door.slug}${door.hasDrafts ? '?draft=true' : ''}`
      expectRefusal(await rest('POST', path, { token: door.writer().token, rawBody }), field)
    }
  })

  it('should ignore an unknown field', async () => {
    const response = await rest('POST', `/${door.slug}${door.hasDrafts ? '?draft=true' : ''}`, {
      token: door.writer().token,
      body: { ...door.valid(), notAField: 'x' },
    })
    expect(response.status, response.text).toBe(201)
    expect(response.json.doc.notAField).toBeUndefined()
  })

  it.each(badIds)('should answer 4xx for the id "%s" in the path', async (id) => {
    const token = door.writer().token
    for (const response of [
      await rest('GET', `/${door.slug}/${id}`, { token }),
      await rest('GET', `/${door.slug}/${id}`),
      await rest('PATCH', `/${door.slug}/${id}`, { token, body: { name: 'x', title: 'x' } }),
      await rest('DELETE', `/${door.slug}/${id}`, { token }),
      ...(door.hasDrafts
        ? [
            await rest('GET', `/${door.slug}/versions/${id}`, { token }),
            await rest('POST', `/${door.slug}/versions/${id}`, { token }),
          ]
        : []),
    ]) {
      expectRefusal(response)
    }
  })

  it.each(badQueries(door))('should not fail on ?%s', async (query) => {
    for (const token of [door.writer().token, undefined]) {
      const responses = [await rest('GET', `/${door.slug}?${query}`, { token })]
      if (door.hasDrafts) responses.push(await rest('GET', `/${door.slug}/versions?${query}`, { token }))
      for (const response of responses) expect(response.status, `${response.status} ${response.text}`).toBeLessThan(500)
    }
  })

  it.each(['where[nonexistent][equals]=x', `where[${door.query.text}][unknownOp]=x`])(
    'should refuse ?%s on bulk update and delete, changing nothing',
    async (query) => {
      const before = await readRaw(door.slug, existingId, door.hasDrafts)
      expectRefusal(await rest('PATCH', `/${door.slug}?${query}`, { token: door.writer().token, body: { order: 1 } }))
      expectRefusal(await rest('DELETE', `/${door.slug}?${query}`, { token: door.writer().token }))
      expect(await readRaw(door.slug, existingId, door.hasDrafts)).toEqual(before)
    },
  )
})

describe('media', () => {
  let mediaId: number
  let image: Buffer

  /** A form upload, as the admin sends it: the file, and the other fields as JSON in `_payload`. */
  const upload = (payloadField: string, filename = 'photo.png') => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), filename)
    form.append('_payload', payloadField)
    return form
  }

  beforeAll(async () => {
    image = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .png()
      .toBuffer()
    mediaId = (
      await payload.create({
        collection: 'media',
        data: { title: unique('照片') },
        file: { data: image, mimetype: 'image/png', name: `${unique('photo')}.png`, size: image.length },
      })
    ).id
  })

  it.each(
    badWrites([
      ['title', 'text'],
      ['alt', 'text'],
      ['isPublic', 'checkbox'],
    ]),
  )('should refuse updating with $name, changing nothing', async ({ data, field, isPayloadCheck }) => {
    const before = await readRaw('media', mediaId, false)
    expectRefusal(await rest('PATCH', `/media/${mediaId}`, { token: office.token, body: data }), field, {
      isOurs: !isPayloadCheck,
    })
    expect(await readRaw('media', mediaId, false)).toEqual(before)
  })

  it.each(malformedBodies)('should refuse a JSON body that is %s, without a file', async (_, rawBody) => {
    expectRefusal(await rest('POST', '/media', { token: office.token, rawBody }))
  })

  it.each([
    ['null', 'null', undefined],
    ['an object as the title', '{"title": {"zh": "表"}}', 'title'],
  ])('should refuse an upload whose fields are %s', async (_, payloadField, field) => {
    expectRefusal(await rest('POST', '/media', { token: office.token, body: upload(payloadField) }), field)
  })

  it('should store no fields from an upload whose fields are a list', async () => {
    // Payload spreads the list into the upload's data: no field of ours is named "0".
    const response = await rest('POST', '/media', { token: office.token, body: upload('["标题"]') })
    expect(response.status, response.text).toBe(201)
    expect(response.json.doc.title).toBeNull()
  })

  it("should answer Payload core's 500 for upload fields that are not JSON, storing nothing", async () => {
    // Payload core (3.90.2, utilities/addDataAndFileToRequest) JSON.parses `_payload` unguarded, before
    // any hook: a SyntaxError, a 500 no collection hook can reach. Recorded as it is.
    const filename = `${unique('broken')}.png`
    expect((await rest('POST', '/media', { token: office.token, body: upload('{"title": "a', filename) })).status).toBe(
      500,
    )
    const stored = await payload.count({
      collection: 'media',
      where: { filename: { like: filename.replace('.png', '') } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(0)
  })

  it.each(badIds)('should answer 4xx for the id "%s" in the path', async (id) => {
    for (const response of [
      await rest('GET', `/media/${id}`, { token: office.token }),
      await rest('GET', `/media/${id}`),
      await rest('PATCH', `/media/${id}`, { token: office.token, body: { title: 'x' } }),
      await rest('DELETE', `/media/${id}`, { token: office.token }),
    ]) {
      expectRefusal(response)
    }
  })
})

describe('a where parameter that is not JSON', () => {
  // Payload core (3.90.2, utilities/parseParams) JSON.parses a string `where` before any hook runs, a
  // SyntaxError inside the REST handler. The served app refuses it in front of Payload (src/proxy.ts, a 400
  // naming the parameter; through `next start` in tests/int/portal-site/server.int.spec.ts). Here, calling
  // the handler without the proxy, it must at least read and write nothing.
  it('should be named by the guard in front of Payload, and JSON or the bracket form left alone', () => {
    expect(malformedJsonParams(new URLSearchParams('where=abc')).map(({ path }) => path)).toEqual(['where'])
    expect(malformedJsonParams(new URLSearchParams('data=%7B&where=%7B%7D')).map(({ path }) => path)).toEqual(['data'])
    expect(malformedJsonParams(new URLSearchParams('where=%7B%22code%22%3A%7B%22equals%22%3A%22x%22%7D%7D'))).toEqual(
      [],
    )
    expect(malformedJsonParams(new URLSearchParams('where[code][equals]=abc'))).toEqual([])
  })

  it('should change no data when the handler is reached without the guard', async () => {
    const created = await rest('POST', '/categories', {
      token: office.token,
      body: { kind: 'genre', code: unique('G'), name: unique('类') },
    })
    const before = await readRaw('categories', created.json.doc.id, false)
    expect((await rest('GET', '/categories?where=abc', { token: office.token })).status).not.toBe(200)
    expect((await rest('DELETE', '/categories?where=abc', { token: office.token })).status).not.toBe(200)
    expect(await readRaw('categories', created.json.doc.id, false)).toEqual(before)
  })
})
