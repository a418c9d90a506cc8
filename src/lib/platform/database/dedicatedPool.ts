import type { Payload } from 'payload'
import type pg from 'pg'

import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'

import type { Executor } from './transaction'

import { adapterOf } from './adapter'

const executors = new WeakMap<Payload, Map<string, Executor>>()

/**
 * A small pool of its own beside the adapter's, opened once per Payload instance and purpose, with the
 * adapter's connection options. For statements that must never wait for a pooled connection: once every
 * pooled connection holds a transaction that waits on such a statement, taking it from the same pool would
 * deadlock. `allowExitOnIdle` lets a process end without closing it.
 */
export const dedicatedPoolOf = (payload: Payload, { purpose, max }: { purpose: string; max: number }): Executor => {
  const byPurpose = executors.get(payload) ?? new Map<string, Executor>()
  executors.set(payload, byPurpose)
  const existing = byPurpose.get(purpose)
  if (existing) return existing
  const adapter = adapterOf(payload)
  const pool = new adapter.pg.Pool({ ...adapter.poolOptions, max, allowExitOnIdle: true })
  // The adapter's pool and drizzle's are typed by two copies of @types/pg (8.20 and 8.23): the same runtime class.
  const executor: Executor = drizzle({ client: pool as unknown as pg.Pool })
  byPurpose.set(purpose, executor)
  return executor
}
