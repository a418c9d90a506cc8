import type { Payload, Where } from 'payload'

import crypto from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { facetStatement } from '../../../plugins/portal-publishing/facets/facetCounts'
import { type CatalogueFacets, loadCatalogueFacets } from '../../../src/app/(portal)/_data/catalogue'
import { yearRange } from '../../../src/app/(portal)/_data/dates'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { createInstitution, unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { publisher } from '../portal-site/publish'

let payload: Payload
let publish: ReturnType<typeof publisher>
let client: pg.Client

beforeAll(async () => {
  payload = await getTestPayload()
  publish = publisher(payload)
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
})

afterAll(async () => {
  await client?.end()
})

/** What the public's own query says: an anonymous Local API `find`, as the REST API runs it. */
const anonymousTotal = async (where: Where) =>
  (
    await payload.find({
      collection: 'disclosure-items',
      where,
      overrideAccess: false,
      draft: false,
      limit: 1,
      depth: 0,
    })
  ).totalDocs

const category = async (kind: 'theme' | 'genre') =>
  payload.create({
    collection: 'categories',
    data: { kind, code: `PS${crypto.randomBytes(4).toString('hex')}`, name: unique(kind) },
    depth: 0,
  })

type Scope = { institutions: number[]; theme: number; genre: number; years: number[] }

/** The facet counts of what this test made, as the portal shows them. */
const facetCounts = (facets: CatalogueFacets, scope: Scope) => ({
  institutions: scope.institutions.map((id) => facets.institutions[id] ?? 0),
  theme: facets.themes.find((facet) => facet.id === scope.theme)?.count ?? 0,
  genre: facets.genres.find((facet) => facet.id === scope.genre)?.count ?? 0,
  years: scope.years.map((year) => facets.years.find((facet) => facet.year === year)?.count ?? 0),
})

/** The same counts from anonymous finds, facet value by facet value. */
const findCounts = async (scope: Scope) => ({
  institutions: await Promise.all(scope.institutions.map((id) => anonymousTotal({ institution: { equals: id } }))),
  theme: await anonymousTotal({ theme: { equals: scope.theme } }),
  genre: await anonymousTotal({ genre: { equals: scope.genre } }),
  years: await Promise.all(scope.years.map((year) => anonymousTotal({ dateMade: yearRange(year) }))),
})

const expectCounts = async (scope: Scope, expected: Awaited<ReturnType<typeof findCounts>>) => {
  const facets = await loadCatalogueFacets({ payload })
  expect(facetCounts(facets, scope)).toEqual(expected)
  expect(await findCounts(scope)).toEqual(expected)
  // One statement, one snapshot: the total is the sum of the institutions' counts (every item has one).
  expect(Object.values(facets.institutions).reduce((sum, count) => sum + count, 0)).toBe(facets.total)
}

describe('catalogue facets counted in SQL', () => {
  it('should count what anonymous finds return, per institution, theme, genre and year, through publish, withdrawal and delete', async () => {
    const [first, second] = [await createInstitution(payload), await createInstitution(payload)]
    const theme = (await category('theme')).id
    const genre = (await category('genre')).id
    // 1987 and 1988: years no other test uses. 17:00 UTC on 31 December is already 1988 in the government's time zone.
    const scope: Scope = { institutions: [first.id, second.id], theme, genre, years: [1987, 1988] }

    const early = await publish.publishItem({
      institution: first.id,
      theme,
      genre,
      dateMade: '1987-06-01T00:00:00.000Z',
    })
    await publish.publishItem({ institution: first.id, theme, genre, dateMade: '1987-12-31T17:00:00.000Z' })
    await publish.publishItem({
      institution: first.id,
      theme,
      genre,
      dateMade: '1987-03-01T00:00:00.000Z',
      disclosureMethod: 'on-request',
    })
    const withoutGenre = await publish.publishItem({
      institution: second.id,
      theme,
      genre: null,
      dateMade: '1988-03-01T00:00:00.000Z',
    })
    const draft = await payload.create({
      collection: 'disclosure-items',
      data: {
        title: unique('草稿'),
        institution: second.id,
        theme,
        genre,
        dateMade: '1988-05-05T00:00:00.000Z',
        disclosureMethod: 'proactive',
        _status: 'draft',
      },
      draft: true,
      depth: 0,
    })

    await expectCounts(scope, { institutions: [2, 1], theme: 3, genre: 2, years: [1, 2] })

    await payload.update({
      collection: 'disclosure-items',
      id: draft.id,
      data: { _status: 'published', summary: '摘要', body: early.body },
      depth: 0,
      context: systemPublishContext(),
    })
    await expectCounts(scope, { institutions: [2, 2], theme: 4, genre: 3, years: [1, 3] })

    await publish.withdraw('disclosure-items', early.id)
    await expectCounts(scope, { institutions: [1, 2], theme: 3, genre: 2, years: [0, 3] })

    await payload.delete({ collection: 'disclosure-items', id: withoutGenre.id, context: systemPublishContext() })
    await expectCounts(scope, { institutions: [1, 1], theme: 2, genre: 2, years: [0, 2] })
  })

  it('should offer a theme or genre only with its name and only while it has public items', async () => {
    const institution = await createInstitution(payload)
    const theme = await category('theme')
    const genre = await category('genre')
    await publish.publishItem({
      institution: institution.id,
      theme: theme.id,
      genre: genre.id,
      disclosureMethod: 'not-disclosed',
      nondisclosureReason: '第十四条',
    })

    let facets = await loadCatalogueFacets({ payload })
    expect(facets.themes.some((facet) => facet.id === theme.id)).toBe(false)
    expect(facets.genres.some((facet) => facet.id === genre.id)).toBe(false)
    expect(facets.institutions[institution.id]).toBeUndefined()

    await publish.publishItem({ institution: institution.id, theme: theme.id, genre: genre.id })
    facets = await loadCatalogueFacets({ payload })
    expect(facets.themes.find((facet) => facet.id === theme.id)).toEqual({ id: theme.id, name: theme.name, count: 1 })
    expect(facets.genres.find((facet) => facet.id === genre.id)).toEqual({ id: genre.id, name: genre.name, count: 1 })
  })
})

type Dialect = { sqlToQuery: (statement: unknown) => { sql: string; params: unknown[] } }

/** The plan of the facets endpoint's statement for a filter, as text. */
const facetPlan = async (filter: Parameters<typeof facetStatement>[0]) => {
  const { dialect } = (payload.db as unknown as { drizzle: { dialect: Dialect } }).drizzle
  const query = dialect.sqlToQuery(facetStatement(filter))
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain ${query.sql}`, query.params)
  return rows.map((row) => row['QUERY PLAN']).join('\n')
}

describe('GET /api/portal/facets at scale', () => {
  it('should count filtered facets through the indexes, not by reading the table, at 20,000 items', async () => {
    const institution = await createInstitution(payload)
    const themes = await Promise.all(Array.from({ length: 20 }, () => category('theme')))
    const genres = await Promise.all(Array.from({ length: 10 }, () => category('genre')))
    const template = await publish.publishItem({ institution: institution.id, theme: themes[0]!.id })

    // Rolled back: the rows and their statistics stay invisible to the other files sharing this database.
    // Measured at 150,000 items committed and vacuumed: migrations/20261202_140000_portal_facets_index.ts.
    await client.query('begin')
    try {
      await client.query(
        `insert into disclosure_items (title, institution_id, date_made, theme_id, genre_id, validity, summary, body, disclosure_method, index_number, created_at, updated_at, _status)
         select t.title || ' #' || g, t.institution_id, timestamptz '1995-01-01' + (g % 11000) * interval '1 day',
           ($2::int[])[1 + (g * 7) % 20], ($3::int[])[1 + (g * 3) % 10],
           (array['valid', 'valid', 'valid', 'valid', 'expired', 'repealed', 'amended'])[1 + g % 7]::enum_disclosure_items_validity,
           t.summary, t.body, (case when g % 11 < 10 then 'proactive' else 'on-request' end)::enum_disclosure_items_disclosure_method,
           'PF-' || g, now(), now(), (case when g % 23 < 22 then 'published' else 'draft' end)::enum_disclosure_items_status
         from generate_series(1, 20000) g, disclosure_items t where t.id = $1`,
        [template.id, themes.map((theme) => theme.id), genres.map((genre) => genre.id)],
      )
      await client.query('analyze disclosure_items')

      // A theme and a year: the rows of either, found by the theme index and the date range.
      const themeAndYear = await facetPlan({ theme: themes[3]!.id, year: 2005 })
      expect(themeAndYear).toContain('disclosure_items_theme_public_date_idx')
      expect(themeAndYear).not.toMatch(/Seq Scan on disclosure_items/)
      // One filter: its dimension's counts are the kept ones; the others count the rows of its index.
      const theme = await facetPlan({ theme: themes[3]!.id })
      expect(theme).toContain('disclosure_items_theme_public_date_idx')
      expect(theme).toContain('catalogue_counts')
      expect(theme).not.toMatch(/Seq Scan on disclosure_items/)
    } finally {
      await client.query('rollback')
    }
  })
})
