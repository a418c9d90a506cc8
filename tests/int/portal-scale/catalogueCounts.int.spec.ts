import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import crypto from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  foldCatalogueCounts,
  type PublicItemCounts,
  readCatalogueCounts,
} from '../../../plugins/portal-publishing/facets/catalogueCounts'
import { adapterOf } from '../../../src/lib/platform/database/adapter'
import { type Executor, poolOf } from '../../../src/lib/platform/database/transaction'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { createInstitution, unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { publisher } from '../portal-site/publish'

let payload: Payload
let publish: ReturnType<typeof publisher>

beforeAll(async () => {
  payload = await getTestPayload()
  publish = publisher(payload)
})

/** The oracle: a fresh `GROUP BY` of every public row, what the portal counted per request before. */
const freshCounts = async (db: Executor): Promise<PublicItemCounts> => {
  const { rows } = await db.execute(sql`
    with public_items as (
      select institution_id, theme_id, genre_id,
        extract(year from (date_made at time zone 'UTC') + interval '8 hours')::int as year
      from disclosure_items where _status = 'published' and disclosure_method = 'proactive'
    )
    select 'institution' as facet, institution_id as key, count(*) as count from public_items
      where institution_id is not null group by institution_id
    union all select 'theme', theme_id, count(*) from public_items where theme_id is not null group by theme_id
    union all select 'genre', genre_id, count(*) from public_items where genre_id is not null group by genre_id
    union all select 'year', year, count(*) from public_items where year is not null group by year
    union all select 'total', 0, count(*) from public_items
  `)
  const counts: PublicItemCounts = {
    institutions: new Map(),
    themes: new Map(),
    genres: new Map(),
    years: new Map(),
    total: 0,
  }
  const into = { institution: counts.institutions, theme: counts.themes, genre: counts.genres, year: counts.years }
  for (const row of rows as Array<{ facet: keyof typeof into | 'total'; key: number; count: string }>) {
    if (row.facet === 'total') counts.total = Number(row.count)
    else into[row.facet].set(Number(row.key), Number(row.count))
  }
  return counts
}

/**
 * The kept counts and the fresh ones read in one repeatable-read snapshot, so another suite writing
 * meanwhile cannot make them differ; every facet value of the whole catalogue is compared, not a sample.
 */
const expectCountsEqualFresh = async () => {
  const id = await payload.db.beginTransaction({ isolationLevel: 'repeatable read' } as never)
  try {
    const db = adapterOf(payload).sessions[String(id)]!.db as unknown as Executor
    const kept = await readCatalogueCounts(db)
    const fresh = await freshCounts(db)
    expect(kept).toEqual(fresh)
    return kept
  } finally {
    if (id !== null) await payload.db.rollbackTransaction(id)
  }
}

const category = async (kind: 'theme' | 'genre') =>
  payload.create({
    collection: 'categories',
    data: { kind, code: `CC${crypto.randomBytes(4).toString('hex')}`, name: unique(kind) },
    depth: 0,
  })

const update = (id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'disclosure-items', id, data, depth: 0, context: systemPublishContext() })

const pendingDeltasOf = async (facet: string, key: number) => {
  const { rows } = await poolOf(payload).execute(
    sql`select count(*) as count from catalogue_count_deltas where facet = ${facet} and key = ${key}`,
  )
  return Number((rows[0] as { count: string }).count)
}

describe('catalogue counts kept in the writing transaction', () => {
  it('should equal a fresh GROUP BY after publish, change of theme and institution, withdrawal, delete and a category delete', async () => {
    const [first, second] = [await createInstitution(payload), await createInstitution(payload)]
    const [themeA, themeB] = [await category('theme'), await category('theme')]
    const genre = await category('genre')
    await expectCountsEqualFresh()

    const item = await publish.publishItem({
      institution: first.id,
      theme: themeA.id,
      genre: genre.id,
      dateMade: '1979-12-31T17:00:00.000Z',
    })
    const other = await publish.publishItem({ institution: first.id, theme: themeA.id, genre: genre.id })
    await publish.publishItem({ institution: second.id, theme: themeA.id, disclosureMethod: 'on-request' })
    let kept = await expectCountsEqualFresh()
    expect(kept.institutions.get(first.id)).toBe(2)
    expect(kept.themes.get(themeA.id)).toBe(2)
    // 17:00 UTC on 31 December is 1980 in the government's time zone.
    expect(kept.years.get(1980)).toBeGreaterThanOrEqual(1)

    // A save that moves no facet adds no delta row: most saves cost the trigger a scan of one row and nothing else.
    await foldCatalogueCounts(poolOf(payload))
    await update(item.id, { title: unique('改标题') })
    expect(await pendingDeltasOf('institution', first.id)).toBe(0)

    await update(item.id, { theme: themeB.id, institution: second.id })
    kept = await expectCountsEqualFresh()
    expect([kept.institutions.get(first.id), kept.institutions.get(second.id)]).toEqual([1, 1])
    expect([kept.themes.get(themeA.id), kept.themes.get(themeB.id)]).toEqual([1, 1])

    await publish.withdraw('disclosure-items', item.id)
    kept = await expectCountsEqualFresh()
    expect(kept.institutions.has(second.id)).toBe(false)
    expect(kept.themes.has(themeB.id)).toBe(false)

    // Folded and pending alike: the reader sums both.
    await foldCatalogueCounts(poolOf(payload))
    await expectCountsEqualFresh()

    await payload.delete({ collection: 'disclosure-items', id: other.id, context: systemPublishContext() })
    kept = await expectCountsEqualFresh()
    expect(kept.institutions.has(first.id)).toBe(false)

    // A category's delete sets the items' theme to null (a foreign key action no hook sees): the trigger sees it.
    const third = await publish.publishItem({ institution: first.id, theme: themeA.id, genre: genre.id })
    expect((await expectCountsEqualFresh()).themes.get(themeA.id)).toBe(1)
    await payload.delete({ collection: 'categories', id: themeA.id })
    kept = await expectCountsEqualFresh()
    expect(kept.themes.has(themeA.id)).toBe(false)
    expect(kept.institutions.get(first.id)).toBe(1)
    await payload.delete({ collection: 'disclosure-items', id: third.id, context: systemPublishContext() })
    await expectCountsEqualFresh()
  })

  it('should equal a fresh GROUP BY after concurrent publishes and withdrawals with folds running among them', async () => {
    const institution = await createInstitution(payload)
    const theme = await category('theme')
    const before = await expectCountsEqualFresh()
    const publishes = Array.from({ length: 12 }, (_, index) =>
      publish.publishItem({ institution: institution.id, theme: theme.id, dateMade: `1981-0${(index % 9) + 1}-15` }),
    )
    const folds = Array.from({ length: 4 }, () => foldCatalogueCounts(poolOf(payload)))
    const items = await Promise.all(publishes)
    await Promise.all(folds)
    let kept = await expectCountsEqualFresh()
    expect(kept.institutions.get(institution.id)).toBe(12)
    expect(kept.total).toBeGreaterThanOrEqual(before.total + 12)

    await Promise.all([
      ...items.slice(0, 5).map((item) => publish.withdraw('disclosure-items', item.id)),
      ...items
        .slice(5, 8)
        .map((item) =>
          payload.delete({ collection: 'disclosure-items', id: item.id, context: systemPublishContext() }),
        ),
      foldCatalogueCounts(poolOf(payload)),
      foldCatalogueCounts(poolOf(payload)),
    ])
    kept = await expectCountsEqualFresh()
    expect(kept.institutions.get(institution.id)).toBe(4)
    expect(kept.themes.get(theme.id)).toBe(4)
  })
})
