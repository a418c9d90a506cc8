import type { Payload } from 'payload'

import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'

import type { Executor } from '../../src/lib/platform/database/transaction'

type Pool = { end: () => Promise<void> }
type PgAdapter = { pg: { Pool: new (options: Record<string, unknown>) => Pool }; poolOptions: Record<string, unknown> }

const executors = new WeakMap<Payload, Executor>()

/**
 * Connections of their own for serials that commit on their own (`gapless: false`). Taking them
 * through the adapter's pool would deadlock under load: once every pooled connection holds a
 * publishing transaction, each waits for one more connection that none will give back. These are held
 * for one short statement each and never wait on a publishing transaction, so no cycle can form.
 * `allowExitOnIdle` lets a process end without closing them.
 */
export const counterConnectionsOf = (payload: Payload): Executor => {
  const existing = executors.get(payload)
  if (existing) return existing
  const adapter = payload.db as unknown as PgAdapter
  const pool = new adapter.pg.Pool({ ...adapter.poolOptions, max: 2, allowExitOnIdle: true })
  const executor = drizzle({ client: pool as never }) as unknown as Executor
  executors.set(payload, executor)
  return executor
}
