import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * The PostgreSQL adapter behind `payload.db`, typed once: payload.config.ts configures no other adapter,
 * and Payload types `payload.db` as the generic `DatabaseAdapter`. Every database primitive of the
 * platform reaches the adapter through here, never through a cast of its own.
 */
export const adapterOf = (payload: { db: BaseDatabaseAdapter }): PostgresAdapter =>
  payload.db as unknown as PostgresAdapter

/** The adapter's drizzle: the primary, or drizzle's replica router once `readReplicas` is set. */
export type Drizzle = PostgresAdapter['drizzle']

/** A node-postgres pool as the adapter creates it. */
export type Pool = PostgresAdapter['pool']

/** The standbys' drizzles once `readReplicas` is set: drizzle's `withReplicas` keeps them on the router. */
export const replicasOf = (adapter: PostgresAdapter): Drizzle[] =>
  (adapter.drizzle as (Drizzle & { $replicas?: Drizzle[] }) | undefined)?.$replicas ?? []

/** Every pool the adapter opened: the primary's, then one per read replica. */
export const poolsOf = (adapter: PostgresAdapter): Pool[] => [
  adapter.pool,
  ...replicasOf(adapter).flatMap((replica) => {
    const client = (replica as Drizzle & { $client?: Pool }).$client
    return client ? [client] : []
  }),
]

/**
 * The database adapter configuration with `extend` applied to the adapter Payload creates from it (its
 * `init`): the supported place to wrap an adapter's methods (job claims, pool error logging, read replicas).
 */
export const extendAdapter = (
  adapterObj: DatabaseAdapterObj,
  extend: (adapter: PostgresAdapter) => void,
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const db = adapterObj.init(args)
    extend(adapterOf({ db }))
    return db
  },
})
