import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REINDEX_TASK, SKIP_PORTAL_CONTEXT_KEY } from '../../../plugins/portal-publishing/defaults'
import { searchCatalogue } from '../../../plugins/portal-publishing/search/searchCatalogue'
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
    expect((await searchCatalogue(payload, { institution })).docs.map((hit) => Number(hit.id))).toEqual([indexed.id])

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

    expect((await searchCatalogue(payload, { institution })).docs.map((hit) => Number(hit.id))).toEqual([imported.id])
    const { rows } = await poolOf(payload).execute(
      sql`select count(*)::int as n from search_index where doc_collection = 'disclosure-items' and doc_id = ${String(imported.id)}`,
    )
    expect(rows[0]!.n).toBe(1)
  })
})
