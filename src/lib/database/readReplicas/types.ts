import type { PostgresAdapter } from '@payloadcms/db-postgres'

export type ReadReplicaConsistencyOptions = {
  /** Leaves the database adapter as it is (no replicas configured). */
  disabled?: boolean
  /**
   * How long a commit waits for the replicas to apply it before its after-commit work (the portal's cache
   * invalidation) runs and its response leaves. Past it, the commit goes on and a replica behind by more
   * may still serve the old rows to anonymous readers.
   * @default 2000
   */
  maxCatchUpMs?: number
}

export type Drizzle = PostgresAdapter['drizzle']

/** The adapter's drizzle once `readReplicas` is set: drizzle's `withReplicas` keeps the replicas here. */
export const replicasOf = (adapter: PostgresAdapter): Drizzle[] =>
  (adapter.drizzle as (Drizzle & { $replicas?: Drizzle[] }) | undefined)?.$replicas ?? []
