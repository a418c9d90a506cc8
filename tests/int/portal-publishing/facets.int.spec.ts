import type { Payload, Where } from 'payload'

import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { catalogueWhere } from '../../../src/app/(portal)/_data/catalogue'
import { closePayload } from '../../../src/lib/database/closePayload'
import { createInstitution, unique } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { createDraftItem, publishItem, scene, withdraw } from './portal'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

type FacetCount = { value: number | string; count: number }
type Facets = {
  total: number
  institutions: FacetCount[]
  themes: FacetCount[]
  genres: FacetCount[]
  years: FacetCount[]
  validities: FacetCount[]
}

/** What an anonymous reader of the REST API counts: the collection's own read access decides what is public. */
const anonymousCount = async (where: Where) =>
  (await payload.count({ collection: 'disclosure-items', where, overrideAccess: false })).totalDocs

const VALIDITIES = ['valid', 'expired', 'repealed', 'amended']

const countOf = (list: FacetCount[], value: number | string) => list.find((entry) => entry.value === value)?.count ?? 0

/** The year 2011 in the government's time zone, the year the kept counts file an item under. */
const in2011: Where = {
  dateMade: { greater_than_equal: '2011-01-01T00:00:00+08:00', less_than: '2012-01-01T00:00:00+08:00' },
}

describe('GET /api/portal/facets', () => {
  it('should count per facet what an anonymous find counts, leaving out withdrawn and 依申请公开 documents', async () => {
    const { institution, theme, genre } = await scene(payload)
    await publishItem(payload, { title: '分面公开一', institution, theme, genre })
    await publishItem(payload, { title: '分面公开二', institution, theme, genre })
    await publishItem(payload, { title: '分面依申请', institution, theme, genre, disclosureMethod: 'on-request' })
    const withdrawn = await publishItem(payload, { title: '分面撤回', institution, theme, genre })
    await withdraw(payload, withdrawn.id)
    await createDraftItem(payload, { title: '分面草稿', institution, theme, genre })

    const response = await rest('GET', '/portal/facets')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toMatch(/public/)
    const facets = response.json as Facets
    // The institution is this test's own: exactly its two public documents.
    expect(countOf(facets.institutions, institution)).toBe(2)
    expect(countOf(facets.institutions, institution)).toBe(
      await anonymousCount({ institution: { equals: institution } }),
    )

    // Theme, genre, year and total are shared with other suites, which may write between the two reads: retried.
    let last: unknown
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = (await rest('GET', '/portal/facets')).json as Facets
      const expected = {
        total: await anonymousCount({}),
        theme: await anonymousCount({ theme: { equals: theme } }),
        genre: await anonymousCount({ genre: { equals: genre } }),
        year: await anonymousCount(in2011),
        validities: await Promise.all(VALIDITIES.map((value) => anonymousCount({ validity: { equals: value } }))),
      }
      const actual = {
        total: current.total,
        theme: countOf(current.themes, theme),
        genre: countOf(current.genres, genre),
        year: countOf(current.years, 2011),
        validities: VALIDITIES.map((value) => countOf(current.validities, value)),
      }
      last = { actual, expected }
      if (JSON.stringify(actual) === JSON.stringify(expected)) break
    }
    const { actual, expected } = last as { actual: object; expected: object }
    expect(actual).toEqual(expected)
  })
})

const category = async (kind: 'theme' | 'genre') =>
  (
    await payload.create({
      collection: 'categories',
      data: { kind, code: `PF${crypto.randomBytes(4).toString('hex')}`, name: unique(kind) },
      depth: 0,
    })
  ).id

/** The instants of a year in the government's time zone, as the portal's catalogue filters by. */
const yearWhere = (year: number): Where => ({
  dateMade: { greater_than_equal: `${year}-01-01T00:00:00+08:00`, less_than: `${year + 1}-01-01T00:00:00+08:00` },
})

type Filter = { institution?: number; theme?: number; genre?: number; year?: number; validity?: string }
type Dimension = keyof Filter

const facetsOf = async (filter: Filter) => {
  const query = new URLSearchParams(Object.entries(filter).map(([key, value]) => [key, String(value)]))
  const response = await rest('GET', `/portal/facets?${query}`)
  expect(response.status, JSON.stringify(response.json)).toBe(200)
  return response.json as Facets
}

/**
 * A world of this suite's own: a department with an office under it and a second department, two themes and
 * two genres of its own, documents of 1979 and 1980 (one made at 17:00 UTC on 31 December 1979, 1980 in the
 * government's time zone), and beside the public ones a withdrawn, a draft and a 依申请公开 document.
 */
const world = async () => {
  const parent = (await createInstitution(payload)).id
  const child = (await createInstitution(payload, { parent })).id
  const other = (await createInstitution(payload)).id
  const [t1, t2, g1, g2] = [
    await category('theme'),
    await category('theme'),
    await category('genre'),
    await category('genre'),
  ]
  const item = (institution: number, theme: number, genre: number, dateMade: string, validity: string) => ({
    title: unique('分面'),
    institution,
    theme,
    genre,
    dateMade,
    validity,
  })
  await publishItem(payload, item(parent, t1, g1, '1979-03-01T00:00:00.000Z', 'valid'))
  await publishItem(payload, item(parent, t1, g1, '1979-05-01T00:00:00.000Z', 'valid'))
  await publishItem(payload, item(parent, t1, g1, '1979-12-31T17:00:00.000Z', 'valid'))
  await publishItem(payload, item(child, t1, g2, '1980-02-01T00:00:00.000Z', 'expired'))
  await publishItem(payload, item(child, t2, g1, '1979-06-01T00:00:00.000Z', 'valid'))
  await publishItem(payload, item(other, t2, g2, '1980-07-01T00:00:00.000Z', 'repealed'))
  await publishItem(payload, item(other, t1, g2, '1980-08-01T00:00:00.000Z', 'amended'))
  await publishItem(payload, {
    ...item(other, t1, g1, '1979-04-01T00:00:00.000Z', 'valid'),
    disclosureMethod: 'on-request',
  })
  const withdrawn = await publishItem(payload, item(parent, t1, g1, '1979-04-01T00:00:00.000Z', 'valid'))
  await withdraw(payload, withdrawn.id)
  await createDraftItem(payload, item(child, t2, g1, '1980-04-01T00:00:00.000Z', 'valid'))
  // An office under a hidden (draft) one: the portal's tree does not reach it from the department.
  const hidden = (await createInstitution(payload, { parent, _status: 'draft' })).id
  const stray = (await createInstitution(payload, { parent: hidden })).id
  await publishItem(payload, item(stray, t1, g1, '1979-09-01T00:00:00.000Z', 'valid'))
  return { parent, child, other, stray, t1, t2, g1, g2 }
}

describe('GET /api/portal/facets with filters', () => {
  let scope: Awaited<ReturnType<typeof world>>

  beforeAll(async () => {
    scope = await world()
  })

  /** The `where` of the portal's catalogue for a filter (its own function: an institution with the offices under it). */
  const whereOf = async (filter: Filter, leaveOut?: Dimension): Promise<Where[]> => {
    const kept = Object.fromEntries(Object.entries(filter).filter(([dimension]) => dimension !== leaveOut)) as Filter
    const { validity, ...catalogueFilter } = kept
    const and = [await catalogueWhere({ payload, filter: catalogueFilter })]
    if (validity !== undefined) and.push({ validity: { equals: validity } })
    return and
  }

  /** Every count of this suite's own values, from the endpoint and from anonymous counts with the same `where`. */
  const compare = async (filter: Filter) => {
    const facets = await facetsOf(filter)
    const values: Record<
      Dimension,
      { list: FacetCount[]; values: Array<number | string>; where: (value: never) => Where }
    > = {
      institution: {
        list: facets.institutions,
        values: [scope.parent, scope.child, scope.other, scope.stray],
        where: (value: number) => ({ institution: { equals: value } }),
      },
      theme: {
        list: facets.themes,
        values: [scope.t1, scope.t2],
        where: (value: number) => ({ theme: { equals: value } }),
      },
      genre: {
        list: facets.genres,
        values: [scope.g1, scope.g2],
        where: (value: number) => ({ genre: { equals: value } }),
      },
      year: { list: facets.years, values: [1979, 1980], where: yearWhere as (value: never) => Where },
      validity: {
        list: facets.validities,
        values: VALIDITIES,
        where: (value: string) => ({ validity: { equals: value } }),
      },
    }
    const actual: Record<string, number> = { total: facets.total }
    const expected: Record<string, number> = { total: await anonymousCount({ and: await whereOf(filter) }) }
    for (const [dimension, { list, values: own, where }] of Object.entries(values)) {
      for (const value of own) {
        actual[`${dimension}=${value}`] = countOf(list, value)
        expected[`${dimension}=${value}`] = await anonymousCount({
          and: [...(await whereOf(filter, dimension as Dimension)), where(value as never)],
        })
      }
    }
    expect(actual).toEqual(expected)
    return actual
  }

  it('should count what an anonymous find with the same where counts, for several filter combinations', async () => {
    const { parent, child, other, t1, t2, g1, g2 } = scope
    // Every combination holds a filter on this suite's own values, so other suites' documents do not count.
    expect(await compare({ theme: t1 })).toMatchObject({ total: 6, [`theme=${t2}`]: 2, 'year=1979': 3, 'year=1980': 3 })
    expect(await compare({ institution: parent })).toMatchObject({ total: 5, [`institution=${child}`]: 2 })
    expect(await compare({ institution: parent, year: 1979 })).toMatchObject({ total: 3, 'year=1980': 2 })
    await compare({ institution: child })
    await compare({ institution: scope.stray, validity: 'valid' })
    await compare({ theme: t1, genre: g1, validity: 'valid' })
    await compare({ genre: g2, year: 1980 })
    await compare({ institution: other, theme: t2, genre: g2, year: 1980, validity: 'repealed' })
    await compare({ theme: t2, validity: 'amended' })
  })

  it("should count each dimension without that dimension's own filter, and the total with all of them", async () => {
    const { parent, child, other, stray, t1, t2, g1 } = scope
    const facets = await facetsOf({ institution: parent, theme: t1, genre: g1 })
    // The three 1979-made documents of the department's own, theme 1 and genre 1 (one filed under 1980).
    expect(facets.total).toBe(3)
    // Institutions ignore the institution filter: the other department's public theme-1, genre-1 document is
    // 依申请公开, so it has none; the office's is genre 2 or theme 2.
    expect(countOf(facets.institutions, parent)).toBe(3)
    expect(countOf(facets.institutions, child)).toBe(0)
    expect(countOf(facets.institutions, other)).toBe(0)
    // The office under a hidden one has its own count, but is not in the department's subtree (total: 3).
    expect(countOf(facets.institutions, stray)).toBe(1)
    // Themes ignore the theme filter: theme 2 has the office's genre-1 document.
    expect(countOf(facets.themes, t1)).toBe(3)
    expect(countOf(facets.themes, t2)).toBe(1)
    expect(countOf(facets.years, 1979)).toBe(2)
    expect(countOf(facets.years, 1980)).toBe(1)
    expect(countOf(facets.validities, 'valid')).toBe(3)
  })

  it('should refuse a malformed parameter with a 400 naming it, in both languages', async () => {
    for (const [query, field] of [
      ['institution=abc', 'institution'],
      ['theme=0', 'theme'],
      ['genre=-3', 'genre'],
      ['year=85', 'year'],
      ['year=0999', 'year'],
      ['validity=bogus', 'validity'],
      ['theme=2&year=20x1', 'year'],
    ] as const) {
      const response = await rest('GET', `/portal/facets?${query}`)
      expect(response.status, query).toBe(400)
      const error = (response.json as { errors: Array<{ message: string; data: { errors: Array<{ path: string }> } }> })
        .errors[0]!
      expect(error.data.errors[0]!.path, query).toBe(field)
      expect(error.message, query).toMatch(/[\u4e00-\u9fff]/)
      expect(error.message, query).toMatch(/[a-z]{4}/)
    }
  })
})
