import type { Payload, Where } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../../src/lib/database/closePayload'
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

type FacetCount = { value: number; count: number }
type Facets = {
  total: number
  institutions: FacetCount[]
  themes: FacetCount[]
  genres: FacetCount[]
  years: FacetCount[]
}

/** What an anonymous reader of the REST API counts: the collection's own read access decides what is public. */
const anonymousCount = async (where: Where) =>
  (await payload.count({ collection: 'disclosure-items', where, overrideAccess: false })).totalDocs

const countOf = (list: FacetCount[], value: number) => list.find((entry) => entry.value === value)?.count ?? 0

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
      }
      const actual = {
        total: current.total,
        theme: countOf(current.themes, theme),
        genre: countOf(current.genres, genre),
        year: countOf(current.years, 2011),
      }
      last = { actual, expected }
      if (JSON.stringify(actual) === JSON.stringify(expected)) break
    }
    const { actual, expected } = last as { actual: object; expected: object }
    expect(actual).toEqual(expected)
  })
})
