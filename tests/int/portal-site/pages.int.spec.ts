import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { loadCatalogueFacets, loadCataloguePage } from '../../../src/app/(portal)/_data/catalogue'
import { loadInstitution } from '../../../src/app/(portal)/_data/institution'
import { loadById, loadByIndexNumber, loadRelations } from '../../../src/app/(portal)/_data/item'
import { loadLatest } from '../../../src/app/(portal)/_data/latest'
import { loadPolicies } from '../../../src/app/(portal)/_data/libraries'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { createInstitution, unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { publisher } from './publish'

let payload: Payload
let publish: ReturnType<typeof publisher>

beforeAll(async () => {
  payload = await getTestPayload()
  publish = publisher(payload)
})

const titlesOf = (entries: Array<{ title: string }>) => entries.map((entry) => entry.title)

/**
 * A date made newer than anything other suites published into the shared database (some date theirs "today" in
 * the portal's time zone, a day ahead of UTC in the evening): the home page lists the newest first.
 */
const newerThanEveryItem = async () => {
  const { docs } = await payload.find({
    collection: 'disclosure-items',
    sort: '-dateMade',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const newest = docs[0]?.dateMade ? Date.parse(docs[0].dateMade) : 0
  return new Date(Math.max(Date.now(), newest) + 86_400_000).toISOString()
}

describe('portal pages: what the public sees', () => {
  it('should show a published item on the home page, in its institution’s catalogue and at its permalink', async () => {
    const institution = await createInstitution(payload)
    const dateMade = await newerThanEveryItem()
    const item = await publish.publishItem({ institution: institution.id, dateMade })

    expect(titlesOf(await loadLatest({ payload, limit: 50 }))).toContain(item.title)
    const page = await loadCataloguePage({ payload, filter: { institution: institution.id } })
    expect(page.totalDocs).toBe(1)
    expect(page.entries[0]).toMatchObject({
      title: item.title,
      indexNumber: item.indexNumber,
      institution: { id: institution.id },
    })

    const found = await loadByIndexNumber({ payload, indexNumber: item.indexNumber! })
    expect(found).toMatchObject({ collection: 'disclosure-items', doc: { id: item.id, title: item.title } })
  })

  it('should drop a withdrawn item from the home page, the catalogue, the counts and its permalink', async () => {
    const institution = await createInstitution(payload)
    const dateMade = await newerThanEveryItem()
    const item = await publish.publishItem({ institution: institution.id, dateMade })
    const before = await loadCatalogueFacets({ payload })
    expect(before.institutions[institution.id]).toBe(1)

    await publish.withdraw('disclosure-items', item.id)

    expect(titlesOf(await loadLatest({ payload, limit: 50 }))).not.toContain(item.title)
    expect((await loadCataloguePage({ payload, filter: { institution: institution.id } })).totalDocs).toBe(0)
    expect((await loadCatalogueFacets({ payload })).institutions[institution.id]).toBeUndefined()
    expect(await loadByIndexNumber({ payload, indexNumber: item.indexNumber! })).toBeNull()
  })

  it('should never show a draft, nor the draft of a published item', async () => {
    const institution = await createInstitution(payload)
    const draft = await payload.create({
      collection: 'disclosure-items',
      data: { title: unique('草稿'), institution: institution.id, disclosureMethod: 'proactive', _status: 'draft' },
      draft: true,
      depth: 0,
    })
    expect(await loadById({ payload, collection: 'disclosure-items', id: draft.id })).toBeNull()
    expect((await loadCataloguePage({ payload, filter: { institution: institution.id } })).totalDocs).toBe(0)

    const published = await publish.publishItem({ institution: institution.id })
    const draftTitle = unique('未发布的修改')
    await payload.update({
      collection: 'disclosure-items',
      id: published.id,
      data: { title: draftTitle },
      draft: true,
      depth: 0,
    })
    const found = await loadByIndexNumber({ payload, indexNumber: published.indexNumber! })
    expect(found?.doc.title).toBe(published.title)
    const page = await loadCataloguePage({ payload, filter: { institution: institution.id } })
    expect(titlesOf(page.entries)).toEqual([published.title])
  })

  it('should not show a published item that is not 主动公开', async () => {
    const institution = await createInstitution(payload)
    const onRequest = await publish.publishItem({ institution: institution.id, disclosureMethod: 'on-request' })
    expect((await loadCataloguePage({ payload, filter: { institution: institution.id } })).totalDocs).toBe(0)
    expect(await loadById({ payload, collection: 'disclosure-items', id: onRequest.id })).toBeNull()
    if (onRequest.indexNumber)
      expect(await loadByIndexNumber({ payload, indexNumber: onRequest.indexNumber })).toBeNull()
  })

  it('should filter the catalogue by theme, genre and year, and include the offices under an institution', async () => {
    const parent = await createInstitution(payload)
    const office = await createInstitution(payload, { parent: parent.id, kind: 'internal' })
    const { theme, genre } = await publish.categories()
    const old = await publish.publishItem({ institution: office.id, dateMade: '2019-12-31T20:00:00.000Z' })
    const recent = await publish.publishItem({
      institution: parent.id,
      dateMade: '2024-06-01T04:00:00.000Z',
      genre: null,
    })

    const all = await loadCataloguePage({ payload, filter: { institution: parent.id } })
    expect(titlesOf(all.entries).sort()).toEqual([old.title, recent.title].sort())
    // 2019-12-31 20:00 UTC is already 2020-01-01 in the government's time zone.
    expect(
      titlesOf((await loadCataloguePage({ payload, filter: { institution: parent.id, year: 2020 } })).entries),
    ).toEqual([old.title])
    expect(titlesOf((await loadCataloguePage({ payload, filter: { institution: parent.id, genre } })).entries)).toEqual(
      [old.title],
    )
    expect((await loadCataloguePage({ payload, filter: { institution: parent.id, theme } })).totalDocs).toBe(2)

    const facets = await loadCatalogueFacets({ payload })
    expect(facets.years.find((year) => year.year === 2020)?.count).toBeGreaterThanOrEqual(1)
    expect(facets.institutions[office.id]).toBe(1)
  })

  it('should paginate the catalogue newest first', async () => {
    const institution = await createInstitution(payload)
    for (const day of ['01', '02', '03'])
      await publish.publishItem({ institution: institution.id, dateMade: `2025-01-${day}T04:00:00.000Z` })
    const page = await loadCataloguePage({ payload, filter: { institution: institution.id, page: 1 } })
    expect(page.totalDocs).toBe(3)
    expect(page.entries.map((entry) => entry.date)).toEqual([
      '2025-01-03T04:00:00.000Z',
      '2025-01-02T04:00:00.000Z',
      '2025-01-01T04:00:00.000Z',
    ])
  })
})

describe('portal pages: links between entries', () => {
  it('should link a policy and its interpretation both ways, and a revision chain both ways', async () => {
    const interpretation = await publish.publishItem({ title: unique('政策解读') })
    const hidden = await payload.create({
      collection: 'disclosure-items',
      data: {
        title: unique('未发布的解读'),
        institution: interpretation.institution,
        disclosureMethod: 'proactive',
        _status: 'draft',
      },
      draft: true,
      depth: 0,
    })
    const old = await publish.publishPolicy({ title: unique('旧政策') })
    const policy = await publish.publishPolicy({ interpretations: [interpretation.id, hidden.id], replaces: old.id })

    const policyPage = (await loadByIndexNumber({ payload, indexNumber: policy.indexNumber! }))!
    const relations = await loadRelations({ payload, ...policyPage })
    expect(titlesOf(relations.interpretations)).toEqual([interpretation.title])
    expect(titlesOf(relations.replaces)).toEqual([old.title])

    const itemPage = (await loadByIndexNumber({ payload, indexNumber: interpretation.indexNumber! }))!
    expect(titlesOf((await loadRelations({ payload, ...itemPage })).interprets)).toEqual([policy.title])
    const oldPage = (await loadByIndexNumber({ payload, indexNumber: old.indexNumber! }))!
    expect(titlesOf((await loadRelations({ payload, ...oldPage })).replacedBy)).toEqual([policy.title])
  })

  it('should show related items both ways and drop a related item once it is withdrawn', async () => {
    const target = await publish.publishPolicy()
    const item = await publish.publishItem({ related: [{ relationTo: 'policies', value: target.id }] })
    const itemPage = (await loadByIndexNumber({ payload, indexNumber: item.indexNumber! }))!
    expect(titlesOf((await loadRelations({ payload, ...itemPage })).related)).toEqual([target.title])
    const targetPage = (await loadByIndexNumber({ payload, indexNumber: target.indexNumber! }))!
    expect(titlesOf((await loadRelations({ payload, ...targetPage })).relatedFrom)).toEqual([item.title])

    await publish.withdraw('policies', target.id)
    const again = (await loadByIndexNumber({ payload, indexNumber: item.indexNumber! }))!
    expect((await loadRelations({ payload, ...again })).related).toEqual([])
  })
})

describe('portal pages: libraries and institutions', () => {
  it('should filter the policies library by level and validity', async () => {
    const valid = await publish.publishPolicy({ level: 'government-rule', validity: 'valid' })
    const repealed = await publish.publishPolicy({ level: 'government-rule', validity: 'repealed' })
    const titles = titlesOf(
      (await loadPolicies({ payload, filter: { level: 'government-rule', validity: 'repealed' } })).entries,
    )
    expect(titles).toContain(repealed.title)
    expect(titles).not.toContain(valid.title)
  })

  it('should show an institution’s current leaders in order, without draft or former ones', async () => {
    const institution = await createInstitution(payload)
    const official = (data: Record<string, unknown>) =>
      payload.create({
        collection: 'officials',
        data: {
          name: unique('领导'),
          institution: institution.id,
          post: '局长',
          _status: 'published' as const,
          ...data,
        },
        depth: 0,
        context: systemPublishContext(),
      })
    const deputy = await official({ post: '副局长', order: 2 })
    const head = await official({ order: 1 })
    await official({ termStart: '2010-01-01', termEnd: '2015-01-01' })
    await payload.create({
      collection: 'officials',
      data: { name: unique('草稿领导'), institution: institution.id, post: '副局长', _status: 'draft' },
      draft: true,
      depth: 0,
    })
    const page = (await loadInstitution({ payload, id: institution.id }))!
    expect(page.leaders.map((leader) => leader.name)).toEqual([head.name, deputy.name])
  })

  it('should not show an unpublished institution', async () => {
    const institution = await createInstitution(payload, { _status: 'draft' })
    expect(await loadInstitution({ payload, id: institution.id })).toBeNull()
  })
})
