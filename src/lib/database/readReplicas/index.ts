import type { Plugin } from 'payload'

import type { ReadReplicaConsistencyOptions } from './types'

import { extendAdapter } from '../../platform/database/adapter'
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
    return {
      ...config,
      db: extendAdapter(config.db, (adapter) => {
        if (!adapter.readReplicaOptions?.length) return
        routeReads(adapter)
        waitForReplicasOnCommit(adapter, maxCatchUpMs)
      }),
    }
  }
