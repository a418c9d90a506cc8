import type { Payload } from 'payload'

import crypto from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createInstitution, unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { publisher } from '../portal-site/publish'

let payload: Payload
let client: pg.Client

beforeAll(async () => {
  payload = await getTestPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
})

afterAll(async () => {
  await client?.end()
})

/** Every index of the portal-scale migration, with the columns it must have in that order. */
const expectedIndexes: Record<string, { table: string; columns: string }> = {
  disclosure_items_theme_public_date_idx: {
    table: 'disclosure_items',
    columns: 'theme_id, _status, disclosure_method, date_made',
  },
  disclosure_items_institution_public_date_idx: {
    table: 'disclosure_items',
    columns: 'institution_id, _status, disclosure_method, date_made',
  },
  disclosure_items_genre_public_date_idx: {
    table: 'disclosure_items',
    columns: 'genre_id, _status, disclosure_method, date_made',
  },
  disclosure_items_public_date_facets_idx: {
    table: 'disclosure_items',
    columns: '_status, disclosure_method, date_made, institution_id, theme_id, genre_id',
  },
  disclosure_items_public_validity_facets_idx: {
    table: 'disclosure_items',
    columns: '_status, disclosure_method, validity',
  },
  _disclosure_items_v_latest_date_idx: {
    table: '_disclosure_items_v',
    columns: 'latest, version_date_made, version__status, version_disclosure_method, version_institution_id',
  },
  _disclosure_items_v_parent_updated_idx: { table: '_disclosure_items_v', columns: 'parent_id, updated_at' },
  policies_public_date_idx: {
    table: 'policies',
    columns: '_status, disclosure_method, date_published, issuer_id, level, validity',
  },
  policies_issuer_public_date_idx: {
    table: 'policies',
    columns: 'issuer_id, _status, disclosure_method, date_published',
  },
  policies_level_public_date_idx: { table: 'policies', columns: 'level, _status, disclosure_method, date_published' },
  _policies_v_latest_date_idx: {
    table: '_policies_v',
    columns: 'latest, version_date_published, version__status, version_disclosure_method, version_issuer_id',
  },
  _policies_v_parent_updated_idx: { table: '_policies_v', columns: 'parent_id, updated_at' },
  approval_services_public_updated_idx: {
    table: 'approval_services',
    columns: '_status, disclosure_method, updated_at, institution_id, service_type',
  },
  approval_services_institution_public_updated_idx: {
    table: 'approval_services',
    columns: 'institution_id, _status, disclosure_method, updated_at',
  },
  _approval_services_v_latest_created_idx: {
    table: '_approval_services_v',
    columns: 'latest, version_created_at, version__status, version_disclosure_method, version_institution_id',
  },
  _approval_services_v_parent_updated_idx: { table: '_approval_services_v', columns: 'parent_id, updated_at' },
}

/** The plan of a statement, as text. */
const planOf = async (text: string, values: unknown[]) =>
  (await client.query<{ 'QUERY PLAN': string }>(`explain ${text}`, values)).rows
    .map((row) => row['QUERY PLAN'])
    .join('\n')

describe('indexes for the public reads', () => {
  it('should exist with their columns in order', async () => {
    const { rows } = await client.query<{ indexname: string; tablename: string; indexdef: string }>(
      `select indexname, tablename, indexdef from pg_indexes where schemaname = 'public' and indexname = any($1)`,
      [Object.keys(expectedIndexes)],
    )
    const found = Object.fromEntries(
      rows.map((row) => [row.indexname, { table: row.tablename, columns: /\((.*)\)$/.exec(row.indexdef)?.[1] }]),
    )
    expect(found).toEqual(expectedIndexes)
  })

  it('should serve the catalogue filtered by theme, in date order, from the theme index at 20,000 items', async () => {
    const institution = await createInstitution(payload)
    const themes = await Promise.all(
      Array.from({ length: 10 }, () =>
        payload.create({
          collection: 'categories',
          data: { kind: 'theme', code: `PX${crypto.randomBytes(4).toString('hex')}`, name: unique('主题') },
          depth: 0,
        }),
      ),
    )
    const template = await publisher(payload).publishItem({ institution: institution.id, theme: themes[0]!.id })

    // One theme is rare (1 item in 100), as most of the 22 national themes are: walking all items in date
    // order until 20 of it turn up would read thousands; its own index reads 20.
    // Inside a transaction that is rolled back: the rows and their statistics stay invisible to the other
    // test files sharing this database. The same 20,000 copies as the README's measurements, one tenth of their size.
    await client.query('begin')
    try {
      await client.query(
        `insert into disclosure_items (title, institution_id, date_made, theme_id, genre_id, summary, body, disclosure_method, index_number, created_at, updated_at, _status)
         select t.title || ' #' || g, t.institution_id, timestamptz '2000-01-01' + (g % 9000) * interval '1 day', (case when g % 100 = 0 then ($2::int[])[1] else ($2::int[])[2 + g % 9] end), t.genre_id,
           t.summary, t.body, (case when g % 10 < 9 then 'proactive' else 'on-request' end)::enum_disclosure_items_disclosure_method,
           'PX-' || g, now(), now(), (case when g % 20 < 19 then 'published' else 'draft' end)::enum_disclosure_items_status
         from generate_series(1, 20000) g, disclosure_items t where t.id = $1`,
        [template.id, themes.map((theme) => theme.id)],
      )
      await client.query('analyze disclosure_items')

      // The statement Payload's `find` issues for /catalogue?theme=… and GET /api/disclosure-items?where[theme]…&sort=-dateMade&limit=20.
      const page = await planOf(
        `select "id", "title", "institution_id", "date_made", "document_number", "summary", "index_number" from "disclosure_items" "disclosure_items"
         where ("disclosure_items"."theme_id" = $1 and ("disclosure_items"."_status" = $2 and "disclosure_items"."disclosure_method" = $3))
         order by "disclosure_items"."date_made" desc, "disclosure_items"."created_at" desc limit $4`,
        [themes[0]!.id, 'published', 'proactive', 20],
      )
      expect(page).toContain('disclosure_items_theme_public_date_idx')
      expect(page).not.toMatch(/Seq Scan/)

      // Its count (every `find` runs one for totalDocs).
      const count = await planOf(
        `select count(*) from "disclosure_items" where ("disclosure_items"."theme_id" = $1 and ("disclosure_items"."_status" = $2 and "disclosure_items"."disclosure_method" = $3))`,
        [themes[0]!.id, 'published', 'proactive'],
      )
      expect(count).toContain('disclosure_items_theme_public_date_idx')
    } finally {
      await client.query('rollback')
    }
  })
})
