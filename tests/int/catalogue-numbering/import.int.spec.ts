import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { getTestPayload } from '../../helpers/domainConfig'
import { createInstitution, ensureCategory, lexical, unique } from '../../helpers/fixtures'
import { currentYear, publishableItem, publishItem } from './items'

const IMPORT = { catalogueImport: true }

let payload: Payload
let theme: number

beforeAll(async () => {
  payload = await getTestPayload()
  theme = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
})

/** A legacy item brought in with the number it already had. */
const importItem = (institution: number, indexNumber: string, context: Record<string, unknown> = IMPORT) =>
  payload.create({
    collection: 'disclosure-items',
    data: { ...publishableItem({ institution, theme }), indexNumber },
    context: { ...systemPublishContext(), ...context },
    depth: 0,
  })

const importPolicy = (issuer: number, indexNumber: string) =>
  payload.create({
    collection: 'policies',
    data: {
      title: unique('旧规范性文件'),
      level: 'normative-document' as const,
      issuer,
      dateWritten: '2009-03-01T00:00:00.000Z',
      body: lexical('正文'),
      disclosureMethod: 'proactive' as const,
      _status: 'published' as const,
      indexNumber,
    },
    context: { ...systemPublishContext(), ...IMPORT },
    depth: 0,
  })

/** The next ordinary number of a document made in 2009 (its year is the number's). */
const publishIn2009 = (institution: number) => publishItem(payload, { institution, theme, dateMade: '2009-06-01' })

/** A Local API ValidationError at `path` whose message contains `fragment`. */
const refusedAt = (path: string, fragment: string) => ({
  status: 400,
  data: { errors: [expect.objectContaining({ path, message: expect.stringContaining(fragment) })] },
})

describe('legacy import', () => {
  it('should keep an imported number, register it as imported, and continue the counter past it', async () => {
    const institution = await createInstitution(payload)
    const legacy = `${institution.creditCode}/2009-00110`
    const imported = await importItem(institution.id, legacy)
    expect(imported.indexNumber).toBe(legacy)
    const { docs } = await payload.find({
      collection: 'catalogue-numbers',
      where: { indexNumber: { equals: legacy } },
      depth: 0,
    })
    expect(docs).toMatchObject([
      { collectionSlug: 'disclosure-items', documentId: String(imported.id), status: 'assigned', source: 'imported' },
    ])

    expect((await publishIn2009(institution.id)).indexNumber).toBe(`${institution.creditCode}/2009-00111`)
    // An older number imported later does not move the counter back.
    await importItem(institution.id, `${institution.creditCode}/2009-00050`)
    expect((await publishIn2009(institution.id)).indexNumber).toBe(`${institution.creditCode}/2009-00112`)
    // Other years keep their own counters.
    expect((await publishItem(payload, { institution: institution.id, theme })).indexNumber).toBe(
      `${institution.creditCode}/${currentYear()}-00001`,
    )
  })

  it('should keep the imported number of an item imported as a draft, and on publishing', async () => {
    const institution = await createInstitution(payload)
    const legacy = `${institution.creditCode}/2010-00007`
    const draft = await payload.create({
      collection: 'disclosure-items',
      data: {
        ...publishableItem({ institution: institution.id, theme }),
        _status: 'draft' as const,
        indexNumber: legacy,
      },
      draft: true,
      context: { ...systemPublishContext(), ...IMPORT },
      depth: 0,
    })
    expect(draft.indexNumber).toBe(legacy)
    const published = await payload.update({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: draft.id,
      data: { _status: 'published' },
      depth: 0,
    })
    expect(published.indexNumber).toBe(legacy)
  })

  it.each([
    ['a serial of the wrong width', (creditCode: string) => `${creditCode}/2009-110`],
    ['another institution’s code', () => '11150783000000001X/2009-00110'],
    ['a different separator', (creditCode: string) => `${creditCode}-2009-00110`],
    ['serial zero', (creditCode: string) => `${creditCode}/2009-00000`],
  ])('should refuse a number of the wrong shape (%s) with a 400', async (_, numberFor) => {
    const institution = await createInstitution(payload)
    const malformed = numberFor(institution.creditCode!)
    await expect(importItem(institution.id, malformed)).rejects.toMatchObject(
      refusedAt('indexNumber', 'does not match the pattern'),
    )
    const { totalDocs } = await payload.count({
      collection: 'disclosure-items',
      where: { institution: { equals: institution.id } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should refuse a number already issued, with a 400 and not a server error', async () => {
    const institution = await createInstitution(payload)
    const legacy = `${institution.creditCode}/2009-00110`
    const first = await importItem(institution.id, legacy)
    await expect(importItem(institution.id, legacy)).rejects.toMatchObject(
      refusedAt('indexNumber', `already issued (disclosure-items ${first.id})`),
    )
    const { totalDocs } = await payload.count({
      collection: 'disclosure-items',
      where: { institution: { equals: institution.id } },
    })
    expect(totalDocs).toBe(1)
  })

  it('should refuse a number that another catalogued collection already holds', async () => {
    const institution = await createInstitution(payload)
    const legacy = `${institution.creditCode}/2009-00120`
    const item = await importItem(institution.id, legacy)
    await expect(importPolicy(institution.id, legacy)).rejects.toMatchObject(
      refusedAt('indexNumber', `already issued (disclosure-items ${item.id})`),
    )
    const { totalDocs } = await payload.count({ collection: 'policies', where: { issuer: { equals: institution.id } } })
    expect(totalDocs).toBe(0)
  })

  it('should refuse the voided number of a deleted item', async () => {
    const institution = await createInstitution(payload)
    const deleted = await publishItem(payload, { institution: institution.id, theme })
    await payload.delete({ collection: 'disclosure-items', id: deleted.id })
    await expect(importItem(institution.id, deleted.indexNumber!)).rejects.toMatchObject(
      refusedAt('indexNumber', 'was voided'),
    )
  })

  it('should refuse bringing a number without the import flag', async () => {
    const institution = await createInstitution(payload)
    await expect(importItem(institution.id, `${institution.creditCode}/2009-00110`, {})).rejects.toMatchObject(
      refusedAt('indexNumber', 'cannot be set or changed'),
    )
  })

  it('should refuse replacing the number of a numbered item, even on the import path', async () => {
    const institution = await createInstitution(payload)
    const item = await publishItem(payload, { institution: institution.id, theme })
    await expect(
      payload.update({
        collection: 'disclosure-items',
        id: item.id,
        data: { indexNumber: `${institution.creditCode}/2009-00001` },
        context: { ...systemPublishContext(), ...IMPORT },
      }),
    ).rejects.toMatchObject(refusedAt('indexNumber', 'cannot be set or changed'))
  })
})
