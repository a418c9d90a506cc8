import type { CollectionSlug, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import fc from 'fast-check'
import crypto from 'node:crypto'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'
import type { FuzzBody, FuzzContext } from './arbitraries'

import { creditCodeCheckCharacter } from '../../../collections/validation/creditCode'
import { createInstitution, createUser, ensureCategory, lexical, unique } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { fuzzBody, passwords, toGraphQLData, writableFields } from './arbitraries'

/**
 * Property-based fuzzing of create and update on every collection a person writes, through REST and GraphQL
 * (issue 13, item 9). For any body the arbitraries make (arbitraries.ts): never a 5xx; a refusal is a 400
 * naming a field of the body or of the collection, and leaves the document as it was (no document, for a
 * create); an accepted write stored exactly what was sent, read back through the Local API.
 * Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> (FUZZ_RUNS for more runs, FUZZ_SHRINK=1 to
 * shrink the counterexample, slower).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_309)
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 25)
const SHOULD_SHRINK = process.env.FUZZ_SHRINK === '1'

type Door = 'rest' | 'graphql'

type Target = {
  slug: CollectionSlug
  /** Who writes: an editor of its own institution for content, an admin for reference data and accounts. */
  actor: () => SignedInUser
  hasDrafts: boolean
  /** Values the actor must send as they are (its own institution), never fuzzed. */
  fixed?: () => Record<string, unknown>
  /** Fields the actor may not write or the platform derives. */
  skip?: string[]
  validOverrides?: FuzzContext['validOverrides']
  /** Text fields holding a run-unique value on create, to find a document a refused create must not have made. */
  markers: string[]
  /** The doors that create: GraphQL takes no file, so uploads are created over REST only (a form with the file). */
  createDoors: Door[]
  /** The document updates are tried on. */
  existing: () => number
  graphqlName: string
}

let payload: Payload
let admin: SignedInUser
let editor: SignedInUser
let institutionId: number
let otherInstitutionId: number
let themeId: number
let genreId: number
let serviceObjectId: number
let image: Buffer
const ids: Partial<Record<CollectionSlug, number[]>> = {}
const existing: Partial<Record<CollectionSlug, number>> = {}

/**
 * Values unique in the run: one seed makes the same values for both doors and for every run of a property,
 * while names, codes and emails must not collide with a document an earlier run created.
 */
let serial = 0
const NONCE = crypto.randomBytes(3).toString('hex')
const runUnique = (prefix: string) => fc.integer({ min: 0, max: 9_999 }).map((n) => `${prefix}${NONCE}${++serial}x${n}`)
const OFFSET = crypto.randomInt(0, 100_000) * 1_000
const uniqueNumber = (base: number) => fc.constant(0).map(() => base + OFFSET + ++serial)

/** A credit code that passes the GB 32100 check digit, different for every value. */
const validCode = () =>
  uniqueNumber(0).map((unique) => {
    const first17 = `11150783${String(unique % 1e9).padStart(9, '0')}`
    return first17 + creditCodeCheckCharacter(first17)
  })

/** Each category field takes categories of its kind only. */
const categoryOverrides = (): NonNullable<FuzzContext['validOverrides']> => ({
  theme: () => fc.constantFrom(themeId),
  genre: () => fc.constantFrom(genreId),
  serviceObjects: () => fc.subarray([serviceObjectId]),
})

const targets: Target[] = [
  {
    slug: 'disclosure-items',
    actor: () => editor,
    hasDrafts: true,
    fixed: () => ({ institution: institutionId }),
    skip: ['institution', 'reviewNotes'],
    validOverrides: { documentNumber: () => fc.constant(undefined), ...categoryOverrides() },
    markers: ['title', 'summary'],
    createDoors: ['rest', 'graphql'],
    existing: () => existing['disclosure-items']!,
    graphqlName: 'DisclosureItem',
  },
  {
    slug: 'policies',
    actor: () => editor,
    hasDrafts: true,
    fixed: () => ({ issuer: institutionId }),
    skip: ['issuer', 'reviewNotes'],
    validOverrides: {
      documentNumber: () => fc.constant(undefined),
      ...categoryOverrides(),
      // Never before the date written (a refusal naming it, but one most random pairs would meet).
      dateEffective: () => fc.constant(undefined),
      // A reason is required exactly when not disclosed.
      nondisclosureReason: () => fc.constant('依申请公开以外的理由'),
    },
    markers: ['title', 'nondisclosureReason'],
    createDoors: ['rest', 'graphql'],
    existing: () => existing.policies!,
    graphqlName: 'Policy',
  },
  {
    slug: 'approval-services',
    actor: () => editor,
    hasDrafts: true,
    fixed: () => ({ institution: institutionId }),
    skip: ['institution', 'reviewNotes'],
    validOverrides: { ...categoryOverrides(), workingDays: () => fc.integer({ min: 1, max: 365 }) },
    markers: ['name', 'legalBasis'],
    createDoors: ['rest', 'graphql'],
    existing: () => existing['approval-services']!,
    graphqlName: 'ApprovalService',
  },
  {
    slug: 'officials',
    actor: () => editor,
    hasDrafts: true,
    fixed: () => ({ institution: institutionId }),
    skip: ['institution', 'reviewNotes'],
    // Never before the term's start; a 文号 has its own grammar (documentNumber.spec.ts).
    validOverrides: { termEnd: () => fc.constant(undefined), documentNumber: () => fc.constant(undefined) },
    markers: ['name', 'portfolio'],
    createDoors: ['rest', 'graphql'],
    existing: () => existing.officials!,
    graphqlName: 'Official',
  },
  {
    slug: 'institutions',
    actor: () => admin,
    hasDrafts: true,
    validOverrides: {
      creditCode: validCode,
      name: () => runUnique('机构'),
      website: () => fc.constantFrom('https://www.gov.cn/', 'http://example.gov.cn'),
      // The institution updated is the other one: its parent may be the first, never itself (a cycle).
      parent: () => fc.constant(institutionId),
      // A pattern has its own grammar (catalogue-numbering's suites).
      indexNumberPattern: () => fc.constant(undefined),
    },
    markers: ['name', 'shortName'],
    createDoors: ['rest', 'graphql'],
    existing: () => existing.institutions!,
    graphqlName: 'Institution',
  },
  {
    slug: 'categories',
    actor: () => admin,
    hasDrafts: false,
    // Letters, digits, dots and hyphens, at most 20; a parent of the same kind is the categories suite's concern.
    validOverrides: { code: () => runUnique('F'), parent: () => fc.constant(undefined) },
    markers: ['name', 'code'],
    createDoors: ['rest', 'graphql'],
    existing: () => existing.categories!,
    graphqlName: 'Category',
  },
  {
    slug: 'media',
    actor: () => admin,
    hasDrafts: false,
    // Derived from the documents that use the file (collections/hooks/recomputeFilePublicity.ts).
    skip: ['isPublic', 'focalX', 'focalY', 'sizes'],
    markers: ['title', 'alt'],
    createDoors: ['rest'],
    existing: () => existing.media!,
    graphqlName: 'Media',
  },
  {
    slug: 'users',
    actor: () => admin,
    hasDrafts: false,
    skip: ['sessions'],
    // Scoped roles need an institution (a refusal naming it): valid bodies pair them.
    validOverrides: {
      roles: () => fc.constantFrom(['editor'], ['reviewer', 'editor'], ['admin'], ['bulletin-editor']),
      institutions: () => fc.constant([institutionId]),
      email: () => runUnique('fuzz').map((local) => `${local}@test.local`),
    },
    markers: ['name'],
    createDoors: ['rest', 'graphql'],
    // Never the acting admin: a refused or accepted change to it must not lock the test out.
    existing: () => existing.users!,
    graphqlName: 'User',
  },
  {
    slug: 'bulletin-issues',
    actor: () => admin,
    hasDrafts: true,
    validOverrides: {
      year: () => fc.integer({ min: 2000, max: 2099 }),
      issueNumber: () => uniqueNumber(1_000_000),
      cumulativeNumber: () => uniqueNumber(1_000_000_000),
      // Entries must name published documents; the fuzz leaves issue contents to the bulletin's own suites.
      sections: () => fc.constant(undefined),
    },
    markers: ['title'],
    createDoors: ['rest', 'graphql'],
    existing: () => existing['bulletin-issues']!,
    graphqlName: 'BulletinIssue',
  },
  {
    slug: 'webhooks',
    actor: () => admin,
    hasDrafts: false,
    validOverrides: {
      url: () => fc.constantFrom('https://hooks.example.com/gongkai', 'http://127.0.0.1:9/in'),
      secret: () => runUnique('secret'),
      // Inactive: an active one would be sent every publish of the suites running beside this one, to hosts that
      // do not exist, and its failing deliveries would crowd the queue their own webhooks wait in.
      active: () => fc.constant(false),
    },
    markers: ['name', 'secret'],
    createDoors: ['rest', 'graphql'],
    existing: () => existing.webhooks!,
    graphqlName: 'Webhook',
  },
]

const collectionOf = (slug: CollectionSlug): SanitizedCollectionConfig => payload.collections[slug].config

const readRaw = async (target: Target, id: number): Promise<Record<string, unknown>> => {
  const doc: object = await payload.findByID({
    collection: target.slug,
    id,
    depth: 0,
    draft: target.hasDrafts,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return { ...doc }
}

type Answer = {
  status: number
  /** The stored document's id after an accepted write. */
  id?: number
  /** Paths and messages of the refusal. */
  paths: string[]
  message: string
  raw: string
}

/** An upload as the admin sends it: the file, and the other fields as JSON in `_payload`. */
const uploadForm = (data: Record<string, unknown>) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), `fuzz-${++serial}.png`)
  form.append('_payload', JSON.stringify(data))
  return form
}

const sendRest = async (target: Target, operation: 'create' | 'update', data: Record<string, unknown>) => {
  const draft = target.hasDrafts ? '?draft=true&depth=0' : '?depth=0'
  const body = operation === 'create' && target.slug === 'media' ? uploadForm(data) : data
  const response =
    operation === 'create'
      ? await rest('POST', `/${target.slug}${draft}`, { token: target.actor().token, body })
      : await rest('PATCH', `/${target.slug}/${target.existing()}${draft}`, { token: target.actor().token, body: data })
  const error = response.json?.errors?.[0]
  return {
    status: response.status,
    id: response.json?.doc?.id,
    paths: (error?.data?.errors ?? []).map((entry: { path: string }) => entry.path),
    message: error?.message ?? '',
    raw: response.text.slice(0, 2_000),
  } satisfies Answer
}

const sendGraphQL = async (target: Target, operation: 'create' | 'update', data: Record<string, unknown>) => {
  const name = target.graphqlName
  const variables = { data: toGraphQLData(collectionOf(target.slug).flattenedFields, data), id: target.existing() }
  const query =
    operation === 'create'
      ? `mutation ($data: mutation${name}Input!) { result: create${name}(data: $data${target.hasDrafts ? ', draft: true' : ''}) { id } }`
      : `mutation ($id: Int!, $data: mutation${name}UpdateInput!) { result: update${name}(id: $id, data: $data${target.hasDrafts ? ', draft: true' : ''}) { id } }`
  const response = await graphql(query, {
    token: target.actor().token,
    variables: operation === 'create' ? { data: variables.data } : variables,
  })
  const error = response.json.errors?.[0]
  const raw = JSON.stringify(response.json).slice(0, 2_000)
  if (!error) return { status: 200, id: response.json.data?.result?.id, paths: [], message: '', raw }
  // GraphQL refuses a value of the wrong type before any resolver runs: a request error with no status,
  // naming the field in its message (`at "data.title"`, `Field "x" is not defined`).
  const status = error.extensions?.statusCode ?? (response.status >= 500 ? response.status : 400)
  const paths = (error.extensions?.data?.errors ?? []).map((entry: { path: string }) => entry.path)
  const named = [
    ...String(error.message).matchAll(/at "data\.([^".[]+)|Field "([^"]+)" (?:is not defined|of required type)/g),
  ].map((match) => (match[1] ?? match[2])!)
  return { status, id: undefined, paths: [...paths, ...named], message: String(error.message), raw }
}

const send = (door: Door, target: Target, operation: 'create' | 'update', data: Record<string, unknown>) =>
  door === 'rest' ? sendRest(target, operation, data) : sendGraphQL(target, operation, data)

const asSent = (data: Record<string, unknown>): Record<string, unknown> => JSON.parse(JSON.stringify(data))

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? value.id : value)

/** Asserts that what the field stored is what was sent, as the field stores it. */
const expectStored = (field: FlattenedField, sent: unknown, stored: unknown, path: string) => {
  const message = `${path}: sent ${JSON.stringify(sent)?.slice(0, 300)}, stored ${JSON.stringify(stored)?.slice(0, 300)}`
  if (sent === undefined) return
  if (sent === null) {
    expect(stored ?? null, message).toEqual(
      field.type === 'array' || ('hasMany' in field && field.hasMany) ? stored : null,
    )
    return
  }
  switch (field.type) {
    case 'number':
      expect(Array.isArray(sent) ? (stored as unknown[]).map(Number) : Number(stored), message).toEqual(
        Array.isArray(sent) ? sent.map(Number) : Number(sent),
      )
      return
    case 'date':
      expect(new Date(stored as string).getTime(), message).toBe(new Date(sent as string).getTime())
      return
    case 'email':
      expect(String(stored).toLowerCase(), message).toBe(String(sent).toLowerCase())
      return
    case 'relationship':
    case 'upload': {
      const normalize = (value: unknown) =>
        Array.isArray(field.relationTo)
          ? {
              relationTo: (value as { relationTo: string }).relationTo,
              value: idOf((value as { value: unknown }).value),
            }
          : idOf(value)
      expect(Array.isArray(stored) ? stored.map(normalize) : normalize(stored), message).toEqual(
        Array.isArray(sent) ? sent.map(normalize) : normalize(sent),
      )
      return
    }
    case 'group':
    case 'tab':
      expectFieldsStored(
        field.flattenedFields,
        sent as Record<string, unknown>,
        stored as Record<string, unknown>,
        `${path}.`,
      )
      return
    case 'array': {
      const rows = stored as Array<Record<string, unknown>>
      expect(rows?.length, message).toBe((sent as unknown[]).length)
      ;(sent as Array<Record<string, unknown>>).forEach((row, i) =>
        expectFieldsStored(field.flattenedFields, row, rows[i]!, `${path}.${i}.`),
      )
      return
    }
    default:
      expect(stored, message).toEqual(sent)
  }
}

const expectFieldsStored = (
  fields: FlattenedField[],
  sent: Record<string, unknown>,
  stored: Record<string, unknown>,
  prefix = '',
) => {
  for (const field of writableFields(fields)) {
    if (Object.prototype.hasOwnProperty.call(sent, field.name)) {
      expectStored(field, sent[field.name], stored?.[field.name], `${prefix}${field.name}`)
    }
  }
}

/** A refusal is a 400 that names a field the body sent or the collection has (a required one left out). */
const expectNamedRefusal = (answer: Answer, body: FuzzBody, fieldNames: Set<string>, context: string) => {
  expect(answer.status, context).toBe(400)
  const named = answer.paths.map((path) => path.split('.')[0]!)
  const isNamed = [...answer.paths, ...named].some(
    (name) => name in body.data || fieldNames.has(name) || name === 'password',
  )
  expect(isNamed, `${context}: no field named`).toBe(true)
}

const describeBody = (body: FuzzBody) =>
  JSON.stringify(body, (_, value) =>
    typeof value === 'string' && value.length > 200
      ? `${value.slice(0, 40)}…(${value.length} chars)`
      : Array.isArray(value) && value.length > 20
        ? [...value.slice(0, 5), `…(${value.length} items)`]
        : value,
  ).slice(0, 3_000)

beforeAll(async () => {
  payload = await getTestPayload()
  institutionId = (await createInstitution(payload)).id
  otherInstitutionId = (await createInstitution(payload)).id
  admin = await createUser(payload, { roles: ['admin'] })
  editor = await createUser(payload, { roles: ['editor'], institutions: [institutionId] })
  const theme = await ensureCategory(payload, 'theme', 'T02', '综合政务')
  const genre = await ensureCategory(payload, 'genre', 'G01', '通知')
  const serviceObject = await ensureCategory(payload, 'serviceObject', 'S01', '企业')
  themeId = theme.id
  genreId = genre.id
  serviceObjectId = serviceObject.id
  image = await sharp({ create: { width: 4, height: 4, channels: 3, background: { r: 0, g: 90, b: 0 } } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { title: unique('附件') },
    file: { data: image, mimetype: 'image/png', name: `${unique('fuzz')}.png`, size: image.length },
  })
  const draft = { _status: 'draft' as const, disclosureMethod: 'proactive' as const }
  const item = await payload.create({
    collection: 'disclosure-items',
    data: { title: unique('信息'), institution: institutionId, body: lexical('正文'), ...draft },
    draft: true,
  })
  const policy = await payload.create({
    collection: 'policies',
    data: { title: unique('政策'), level: 'normative-document', issuer: institutionId, ...draft },
    draft: true,
  })
  const otherPolicy = await payload.create({
    collection: 'policies',
    data: { title: unique('政策'), level: 'law', issuer: institutionId, ...draft },
    draft: true,
  })
  const service = await payload.create({
    collection: 'approval-services',
    data: { name: unique('事项'), serviceType: 'licensing', institution: institutionId, ...draft },
    draft: true,
  })
  const official = await payload.create({
    collection: 'officials',
    data: { name: unique('张三'), post: '局长', institution: institutionId, _status: 'draft' },
    draft: true,
  })
  const target = await payload.create({
    collection: 'users',
    data: {
      email: `${unique('fuzz-target')}@test.local`,
      password: 'Fuzz-target-password-2026',
      name: unique('用户'),
      roles: ['editor'],
      institutions: [institutionId],
    },
  })
  const issue = await payload.create({
    collection: 'bulletin-issues',
    data: {
      title: unique('公报'),
      year: 2099,
      issueNumber: 900_000 + (Date.now() % 99_999),
      cumulativeNumber: 2_100_000_000 + (Date.now() % 40_000_000),
      publicationDate: '2099-01-01',
      _status: 'draft',
    },
    draft: true,
  })
  const webhook = await payload.create({
    collection: 'webhooks',
    data: {
      name: unique('订阅'),
      url: 'https://hooks.example.com/x',
      secret: unique('secret-secret'),
      collections: ['policies'],
      active: false,
    },
  })
  Object.assign(ids, {
    institutions: [institutionId, otherInstitutionId],
    categories: [theme.id, genre.id, serviceObject.id],
    media: [media.id],
    'disclosure-items': [item.id],
    // Not the policy updated: a policy cannot replace itself.
    policies: [otherPolicy.id],
    'approval-services': [service.id],
    users: [target.id],
  })
  Object.assign(existing, {
    'disclosure-items': item.id,
    policies: policy.id,
    'approval-services': service.id,
    officials: official.id,
    institutions: otherInstitutionId,
    categories: (
      await payload.create({ collection: 'categories', data: { kind: 'genre', code: unique('G'), name: unique('类') } })
    ).id,
    media: media.id,
    users: target.id,
    'bulletin-issues': issue.id,
    webhooks: webhook.id,
  })
})

const contextFor = (target: Target): FuzzContext => ({
  // Content names only its own institution: the editor may not choose another (a refusal tested elsewhere).
  idsOf: (collection) => ids[collection] ?? [],
  validOverrides: target.validOverrides,
  skip: new Set([...(target.skip ?? []), ...Object.keys(target.fixed?.() ?? {})]),
})

/** Users get a password on create (sometimes a bad one), and sometimes on update. */
const withPassword = (target: Target, body: fc.Arbitrary<FuzzBody>, isCreate: boolean) =>
  target.slug !== 'users'
    ? body
    : fc
        .tuple(
          body,
          isCreate
            ? passwords.map((password) => ({ password }))
            : fc.option(passwords.map((password) => ({ password }))),
        )
        .map(
          // Marked hostile: a weak or malformed password is a refusal naming it.
          ([fuzz, password]) => ({
            data: { ...fuzz.data, ...(password ?? {}) },
            hostile: password ? [...fuzz.hostile, 'password'] : fuzz.hostile,
          }),
        )

describe.each(['rest', 'graphql'] as const)(`fuzzing writes through %s (seed ${SEED})`, (door) => {
  describe.each(targets)('$slug', (target) => {
    const fieldNames = () =>
      new Set(writableFields(collectionOf(target.slug).flattenedFields).map((field) => field.name))

    // Defined only where the door creates (no skipped test for GraphQL uploads).
    const itCreates = target.createDoors.includes(door) ? it : () => undefined
    itCreates('should never fail on create, refuse naming a field, and store what it accepts', async () => {
      const body = withPassword(
        target,
        fuzzBody(collectionOf(target.slug), contextFor(target), { isCreate: true }),
        true,
      )
      const markerValue = runUnique(`fuzz-${door}-`)
      let accepted = 0
      await fc.assert(
        fc.asyncProperty(body, markerValue, async (fuzz, markerText) => {
          const marker = target.markers.find((name) => !fuzz.hostile.includes(name))
          // As it travels: JSON has no Infinity, and drops undefined.
          const data = asSent({ ...fuzz.data, ...target.fixed?.(), ...(marker ? { [marker]: markerText } : {}) })
          if (target.hasDrafts) data._status = 'draft'
          const context = `${door} create ${target.slug} ${describeBody({ data, hostile: fuzz.hostile })}`
          const answer = await send(door, target, 'create', data)
          expect(answer.status, `${context} → ${answer.raw}`).toBeLessThan(500)
          if (answer.status < 300) {
            accepted++
            const stored = await readRaw(target, answer.id!)
            expectFieldsStored(collectionOf(target.slug).flattenedFields, data, stored)
            if (target.slug === 'users' && typeof data.password === 'string') {
              await expect(
                payload.login({ collection: 'users', data: { email: String(data.email), password: data.password } }),
              ).resolves.toHaveProperty('token')
            }
            return
          }
          expectNamedRefusal(answer, { data, hostile: fuzz.hostile }, fieldNames(), `${context} → ${answer.raw}`)
          if (marker) {
            const { totalDocs } = await payload.count({
              collection: target.slug,
              where: { [marker]: { equals: markerText } },
              overrideAccess: true,
            })
            expect(totalDocs, `${context} → ${answer.raw}: a refused create left a document`).toBe(0)
          }
        }),
        { seed: SEED, numRuns: NUM_RUNS, endOnFailure: !SHOULD_SHRINK },
      )
      expect(accepted, 'no generated body was accepted: the valid values are not valid').toBeGreaterThan(0)
    })

    it('should never fail on update, refuse naming a field and change nothing, and store what it accepts', async () => {
      const body = withPassword(
        target,
        fuzzBody(collectionOf(target.slug), contextFor(target), { isCreate: false }),
        false,
      )
      let accepted = 0
      await fc.assert(
        fc.asyncProperty(body, async (fuzz) => {
          const data = asSent(fuzz.data)
          const context = `${door} update ${target.slug} ${describeBody(fuzz)}`
          const before = await readRaw(target, target.existing())
          const answer = await send(door, target, 'update', data)
          expect(answer.status, `${context} → ${answer.raw}`).toBeLessThan(500)
          const after = await readRaw(target, target.existing())
          if (answer.status < 300) {
            accepted++
            expectFieldsStored(collectionOf(target.slug).flattenedFields, data, after)
            return
          }
          expectNamedRefusal(answer, fuzz, fieldNames(), `${context} → ${answer.raw}`)
          expect(after, `${context}: a refused update changed the document`).toEqual(before)
        }),
        { seed: SEED, numRuns: NUM_RUNS, endOnFailure: !SHOULD_SHRINK },
      )
      expect(accepted, 'no generated body was accepted: the valid values are not valid').toBeGreaterThan(0)
    })
  })
})
