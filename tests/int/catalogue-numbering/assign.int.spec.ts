import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { getTestPayload } from '../../helpers/domainConfig'
import { createInstitution, ensureCategory, lexical, unique } from '../../helpers/fixtures'

let payload: Payload
let themeId: number

beforeAll(async () => {
  payload = await getTestPayload()
  themeId = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
})

const publishItem = (institution: number, extra: Record<string, unknown> = {}) =>
  payload.create({
    context: systemPublishContext(),
    collection: 'disclosure-items',
    data: {
      title: unique('信息'),
      institution,
      dateMade: '2026-01-05',
      theme: themeId,
      body: lexical('正文'),
      disclosureMethod: 'proactive' as const,
      _status: 'published' as const,
      ...extra,
    },
    depth: 0,
  })

describe('index number assignment', () => {
  it('should number a first publication with the default pattern and the publication year', async () => {
    const institution = await createInstitution(payload)
    const item = await publishItem(institution.id)
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())
    expect(item.indexNumber).toBe(`${institution.creditCode}/${year}-00001`)
    const second = await publishItem(institution.id)
    expect(second.indexNumber).toBe(`${institution.creditCode}/${year}-00002`)
  })

  it('should give drafts no number, and keep the number through edits, unpublishing and moving', async () => {
    const institution = await createInstitution(payload)
    const other = await createInstitution(payload)
    const draft = await payload.create({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      data: { title: unique('草稿'), institution: institution.id, disclosureMethod: 'proactive', _status: 'draft' },
      draft: true,
      depth: 0,
    })
    expect(draft.indexNumber ?? null).toBeNull()
    const published = await payload.update({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: draft.id,
      data: { dateMade: '2026-01-05', theme: themeId, body: lexical('正文'), _status: 'published' },
      depth: 0,
    })
    const number = published.indexNumber
    expect(number).toMatch(/-00001$/)
    const unpublished = await payload.update({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: draft.id,
      data: { _status: 'draft' },
      depth: 0,
    })
    expect(unpublished.indexNumber).toBe(number)
    const moved = await payload.update({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: draft.id,
      data: { institution: other.id, title: unique('改名'), _status: 'published' },
      depth: 0,
    })
    expect(moved.indexNumber).toBe(number)
  })

  it('should refuse setting or changing the number with a 400 naming the field', async () => {
    const institution = await createInstitution(payload)
    const item = await publishItem(institution.id)
    await expect(
      payload.update({
        context: systemPublishContext(),
        collection: 'disclosure-items',
        id: item.id,
        data: { indexNumber: 'X/2026-99999' },
        depth: 0,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'indexNumber' }] } })
    await expect(publishItem(institution.id, { indexNumber: 'X/2026-00001' })).rejects.toMatchObject({ status: 400 })
  })

  it('should never reissue the number of a deleted item', async () => {
    const institution = await createInstitution(payload)
    const first = await publishItem(institution.id)
    await payload.delete({ collection: 'disclosure-items', id: first.id })
    const next = await publishItem(institution.id)
    expect(next.indexNumber).not.toBe(first.indexNumber)
    expect(next.indexNumber).toMatch(/-00002$/)
    const { docs } = await payload.find({
      collection: 'catalogue-numbers',
      where: { indexNumber: { equals: first.indexNumber } },
    })
    expect(docs[0]).toMatchObject({ status: 'voided' })
  })
})
