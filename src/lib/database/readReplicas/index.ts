import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, Plugin } from 'payload'

import type { ReadReplicaConsistencyOptions } from './types'

import { routeReads } from './routeReads'
import { waitForReplicasOnCommit } from './waitForReplicasOnCommit'

export type { ReadReplicaConsistencyOptions } from './types'

/**
 * Keeps what each reader sees consistent with what was written when `readReplicas` is set:
 * - anonymous REST and GraphQL reads outside a transaction go to the replicas; everything else reads the
 *   primary, so an editor always reads their own writes (routeReads.ts);
 * - a transaction's commit returns, and its after-commit work (the cache invalidation) runs, once the
 *   replicas have applied it, at most `maxCatchUpMs` (waitForReplicasOnCommit.ts).
 * The replica pools are closed with the primary's by closePayload (../closePayload.ts).
 * Writes, row locks and everything inside a transaction use the primary already (drizzle's `withReplicas`).
 */
export const readReplicaConsistency =
  ({ disabled = false, maxCatchUpMs = 2000 }: ReadReplicaConsistencyOptions = {}): Plugin =>
  (config) => {
    if (disabled) return config
    const adapterObj = config.db as unknown as DatabaseAdapterObj<PostgresAdapter>
    const db: DatabaseAdapterObj<PostgresAdapter> = {
      ...adapterObj,
      init: (args) => {
        const adapter = adapterObj.init(args)
        if (!adapter.readReplicaOptions?.length) return adapter
        routeReads(adapter)
        waitForReplicasOnCommit(adapter, maxCatchUpMs)
        return adapter
      },
    }
    return { ...config, db: db as unknown as typeof config.db }
  }
