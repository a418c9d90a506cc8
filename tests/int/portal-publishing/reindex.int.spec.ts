import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'

import { REINDEX_TASK, SKIP_PORTAL_CONTEXT_KEY } from '../../../plugins/portal-publishing/defaults'
import { closePayload } from '../../../src/lib/database/closePayload'
import { poolOf } from '../../../src/lib/platform/database/transaction'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { lexical } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { eventually, publishItem, scene } from './portal'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

/** The columns of a disclosure item copied as it is (its id and unique index number are new). */
let copiedColumns: string[] = []

beforeAll(async () => {
  const { rows } = await poolOf(payload).execute(sql`
    select column_name from information_schema.columns
    where table_name = 'disclosure_items' and column_name not in ('id', 'index_number')`)
  copiedColumns = rows.map((row) => `"${String(row.column_name)}"`)
})

/** The disclosure items of an institution in the search index, by id. */
const indexedIds = async (institution: number) => {
  const { rows } = await poolOf(payload).execute(sql`
    select doc_id from search_index
    where doc_collection = 'disclosure-items' and institution = ${institution}`)
  return rows.map((row) => Number(row.doc_id)).sort((a, b) => a - b)
}

describe('rebuildSearchIndex task', () => {
  it('should index what was published without the hooks and drop rows of documents no longer public', async () => {
    const { institution, theme } = await scene(payload)
    const indexed = await publishItem(payload, { title: '重建前已索引', institution, theme })
    // An import that skips the portal hooks, as bulk loads do before a reindex.
    const imported = await payload.create({
      collection: 'disclosure-items',
      data: {
        title: '批量导入的信息',
        institution,
        theme,
        dateMade: '2011-01-01',
        body: lexical('正文'),
        disclosureMethod: 'proactive',
        _status: 'published',
      },
      context: { ...systemPublishContext(), [SKIP_PORTAL_CONTEXT_KEY]: true },
      depth: 0,
    })
    // A stale row: its document was unpublished behind the plugin's back.
    await payload.update({
      collection: 'disclosure-items',
      id: indexed.id,
      data: { _status: 'draft' },
      context: { ...systemPublishContext(), [SKIP_PORTAL_CONTEXT_KEY]: true },
      depth: 0,
    })
    expect(await indexedIds(institution)).toEqual([indexed.id])
    // More imported copies of it than one batch of the rebuild reads (200): it must read on past the first batch.
    const { rows: copies } = await poolOf(payload).execute(sql`
      insert into disclosure_items (${sql.raw(copiedColumns.join(', '))}, index_number)
      select ${sql.raw(copiedColumns.join(', '))}, 'REINDEX-TEST-' || ${imported.id} || '-' || n
      from disclosure_items, generate_series(1, 250) as n where id = ${imported.id}
      returning id`)
    const copyIds = copies.map((row) => Number(row.id))
    onTestFinished(async () => {
      // Copies made in SQL are removed in SQL, with their index rows: other suites share this database.
      await poolOf(payload).execute(sql`
        delete from search_index where doc_collection = 'disclosure-items' and doc_id in ${copyIds.map(String)}`)
      await poolOf(payload).execute(sql`delete from disclosure_items where id in ${copyIds}`)
    })

    const job = await payload.jobs.queue({ task: REINDEX_TASK, queue: 'portal-publishing', input: {} })
    // Run here, or by the autoRun cron of any test process: wait until the job has completed.
    await eventually(async () => {
      await payload.jobs.run({ queue: 'portal-publishing', limit: 50 })
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { id: { equals: job.id } },
        depth: 0,
        overrideAccess: true,
      })
      return docs.length === 0 || Boolean(docs[0]!.completedAt)
    })

    expect(await indexedIds(institution)).toEqual([imported.id, ...copyIds].sort((a, b) => a - b))
    const { rows } = await poolOf(payload).execute(
      sql`select count(*)::int as n from search_index where doc_collection = 'disclosure-items' and doc_id = ${String(imported.id)}`,
    )
    expect(rows[0]!.n).toBe(1)

    // Past the first batch of 200 (documents are read in id order after the last read): the demo data's first and
    // last public items are both in the index, more than a batch apart.
  })
})
