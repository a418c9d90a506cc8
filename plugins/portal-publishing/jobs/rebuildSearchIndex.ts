import type { TaskConfig } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedPortalOptions } from '../types'

import { transactionOf } from '../../../src/lib/platform/database/transaction'
import { asDocumentRecord } from '../../../src/lib/platform/documentRecord'
import { publicWhere } from '../../../src/lib/platform/publicDocument'
import { REINDEX_TASK } from '../defaults'
import { indexRowOf } from '../search/indexRow'
import { upsertIndexRow } from '../search/indexStore'

const PAGE_SIZE = 200

/**
 * Rebuilds the search index from the documents themselves: after an import that skipped the hooks,
 * after enabling the plugin, or after changing how lexemes are made. One transaction: readers see the
 * old index until the new one is complete.
 */
export const rebuildSearchIndexTask = (options: ResolvedPortalOptions): TaskConfig => ({
  slug: REINDEX_TASK,
  label: '重建检索索引 / Rebuild the search index',
  retries: 0,
  inputSchema: [],
  outputSchema: [{ name: 'indexed', type: 'number' }],
  handler: async ({ req }) => {
    const { payload } = req
    await initTransaction(req)
    try {
      const db = await transactionOf(req)
      await db.execute(sql`delete from search_index`)
      let indexed = 0
      for (const collection of options.collections) {
        const where = publicWhere({ hasDisclosureMethod: hasDisclosureMethod(payload, collection) })
        for (let page = 1; ; page++) {
          const result = await payload.find({
            collection,
            where,
            depth: 0,
            limit: PAGE_SIZE,
            page,
            overrideAccess: true,
            req,
            pagination: true,
          })
          for (const doc of result.docs)
            await upsertIndexRow(db, indexRowOf(options, collection, asDocumentRecord(doc)))
          indexed += result.docs.length
          if (!result.hasNextPage) break
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
