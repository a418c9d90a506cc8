import type { TaskConfig } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedPortalOptions } from '../types'

import { transactionOf } from '../../../src/lib/platform/database/transaction'
import { asDocumentRecord } from '../../../src/lib/platform/documentRecord'
import { longJobPause } from '../../../src/lib/platform/longJobPause'
import { publicWhere } from '../../../src/lib/platform/publicDocument'
import { REINDEX_TASK } from '../defaults'
import { indexRowOf } from '../search/indexRow'
import { upsertIndexRow } from '../search/indexStore'

const PAGE_SIZE = 200

/**
 * Rebuilds the search index from the documents themselves: after an import that skipped the hooks,
 * after enabling the plugin, or after changing how lexemes are made. One transaction: readers see the
 * old index until the new one is complete. Documents are read in id order after the last one read (an offset
 * would read every earlier row again: quadratic at a million); between documents the rebuild lets the server
 * answer requests, and it keeps its job marked alive, however long a large catalogue takes.
 */
export const rebuildSearchIndexTask = (options: ResolvedPortalOptions): TaskConfig => ({
  slug: REINDEX_TASK,
  label: '重建检索索引 / Rebuild the search index',
  retries: 0,
  inputSchema: [],
  outputSchema: [{ name: 'indexed', type: 'number' }],
  handler: async ({ job, req }) => {
    const { payload } = req
    const pause = longJobPause(payload, job.id)
    await initTransaction(req)
    try {
      const db = await transactionOf(req)
      await db.execute(sql`delete from search_index`)
      let indexed = 0
      for (const collection of options.collections) {
        const where = publicWhere({ hasDisclosureMethod: hasDisclosureMethod(payload, collection) })
        for (let last: number | string = 0; ;) {
          const { docs }: { docs: Array<{ id: number | string }> } = await payload.find({
            collection,
            where: { and: [where, { id: { greater_than: last } }] },
            sort: 'id',
            depth: 0,
            limit: PAGE_SIZE,
            overrideAccess: true,
            req,
            pagination: false,
          })
          for (const doc of docs) {
            await pause()
            await upsertIndexRow(db, indexRowOf(options, collection, asDocumentRecord(doc)))
          }
          indexed += docs.length
          if (docs.length < PAGE_SIZE) break
          last = docs.at(-1)!.id
        }
      }
      await commitTransaction(req)
      return { output: { indexed } }
    } catch (err) {
      await killTransaction(req)
      throw err
    }
  },
})

const hasDisclosureMethod = (
  payload: { collections: Record<string, { config: { flattenedFields: Array<{ name: string }> } }> },
  slug: string,
) => Boolean(payload.collections[slug]?.config.flattenedFields.some((field) => field.name === 'disclosureMethod'))
