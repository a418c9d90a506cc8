import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { getTestPayload, rest } from '../../helpers/domainConfig'
import { createInstitution, createUser, ensureCategory, lexical, unique } from '../../helpers/fixtures'
import { publishableItem, publishItem } from './items'

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

/** `GET /api/catalogue/<number>`, the number percent-encoded (one path segment). */
const lookUp = (indexNumber: string, token?: string) =>
  rest('GET', `/catalogue/${encodeURIComponent(indexNumber)}`, { token })

const permalinkOf = (doc: { id: number; title: string; indexNumber?: null | string }, collection: string) => ({
  indexNumber: doc.indexNumber,
  collection,
  id: doc.id,
  title: doc.title,
  url: `/catalogue/${encodeURIComponent(doc.indexNumber!)}`,
})

describe('the catalogue lookup endpoint', () => {
  it('should resolve a published item’s number, encoded or as two path segments', async () => {
    const item = await publishItem(payload, { institution: institution.id, theme })
    expect(item.indexNumber).toContain('/')
    const encoded = await lookUp(item.indexNumber!)
    expect(encoded.status, encoded.text).toBe(200)
    expect(encoded.json).toEqual(permalinkOf(item, 'disclosure-items'))
    const [front, back] = item.indexNumber!.split('/')
    const unencoded = await rest('GET', `/catalogue/${front}/${back}`)
    expect(unencoded.status, unencoded.text).toBe(200)
    expect(unencoded.json).toEqual(encoded.json)
  })

  it('should resolve numbers of every catalogued collection', async () => {
    const policy = await payload.create({
      context: systemPublishContext(),
      collection: 'policies',
      data: {
        title: unique('关于规范行政事业性收费的通知'),
        level: 'normative-document',
        issuer: institution.id,
        dateWritten: '2026-01-05T00:00:00.000Z',
        body: lexical('正文'),
        disclosureMethod: 'proactive',
        _status: 'published',
      },
      depth: 0,
    })
    const response = await lookUp(policy.indexNumber!)
    expect(response.status, response.text).toBe(200)
    expect(response.json).toEqual(permalinkOf(policy, 'policies'))
  })

  it('should answer 404 for a number never issued, and for text that is no number at all', async () => {
    const item = await publishItem(payload, { institution: institution.id, theme })
    const neverIssued = item.indexNumber!.replace(/\d{5}$/, '99999')
    expect((await lookUp(neverIssued)).status).toBe(404)
    expect((await lookUp('no-such-number')).status).toBe(404)
    expect((await lookUp('100%')).status).toBe(404)
  })

  it('should answer 404 for the voided number of a deleted item', async () => {
    const item = await publishItem(payload, { institution: institution.id, theme })
    expect((await lookUp(item.indexNumber!)).status).toBe(200)
    await payload.delete({ collection: 'disclosure-items', id: item.id })
    expect((await lookUp(item.indexNumber!)).status).toBe(404)
    expect((await lookUp(item.indexNumber!, office.token)).status).toBe(404)
  })

  it('should answer 404 while an item is withdrawn, and resolve it again once republished', async () => {
    const item = await publishItem(payload, { institution: institution.id, theme })
    await payload.update({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: item.id,
      data: { _status: 'draft' },
      depth: 0,
    })
    expect((await lookUp(item.indexNumber!)).status).toBe(404)
    expect((await lookUp(item.indexNumber!, office.token)).status).toBe(404)
    await payload.update({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: item.id,
      data: { _status: 'published' },
      depth: 0,
    })
    expect((await lookUp(item.indexNumber!)).status).toBe(200)
  })

  it('should answer 404 to the public for an item disclosed only on request, and resolve it for staff', async () => {
    const item = await payload.create({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      data: { ...publishableItem({ institution: institution.id, theme }), disclosureMethod: 'on-request' as const },
      depth: 0,
    })
    expect(item.indexNumber).toBeTruthy()
    const anonymous = await lookUp(item.indexNumber!)
    expect(anonymous.status).toBe(404)
    expect(anonymous.text).not.toContain(item.title)
    const staff = await lookUp(item.indexNumber!, office.token)
    expect(staff.status, staff.text).toBe(200)
    expect(staff.json).toEqual(permalinkOf(item, 'disclosure-items'))
  })
})
