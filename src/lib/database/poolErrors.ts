import type { DatabaseAdapterObj } from 'payload'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { replicasOf } from './readReplicas/types'

/** What is used here of a `pg` pool (the adapter's and ours are typed by two copies of @types/pg). */
type Pool = {
  listenerCount: (event: 'error') => number
  on(event: 'error', listener: (err: Error) => void): unknown
  on(event: 'connect', listener: (client: { on: (event: 'error', listener: (err: Error) => void) => unknown }) => void): unknown
}

/**
 * A connection that PostgreSQL ends (the idle-in-transaction timeout, a restart, an administrator's
 * `pg_terminate_backend`) makes `pg` emit `error`: on the pool when the connection was idle there, on the
 * connection itself when it was checked out (a transaction holds it) — and `pg-pool` takes its own listener off
 * a connection while it is checked out. Payload listens to neither, so the process would die of an unhandled
 * error event. The pool drops a broken connection when it is released and opens another on demand: logging is
 * all there is to do. Covers the primary's pool and the replicas'.
 */
export const withPoolErrorsLogged = (adapter: DatabaseAdapterObj<PostgresAdapter>): DatabaseAdapterObj<PostgresAdapter> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const connect = db.connect?.bind(db)
    if (!connect) return db
    const log = (err: Error) => db.payload.logger.warn({ msg: 'PostgreSQL closed a pooled connection', err })
    const watch = (pool: Pool | undefined) => {
      if (!pool || pool.listenerCount('error') > 0) return
      pool.on('error', log)
      pool.on('connect', (client) => client.on('error', log))
    }
    db.connect = async (options) => {
      await connect(options)
      watch(db.pool as unknown as Pool)
      for (const replica of replicasOf(db)) watch((replica as unknown as { $client?: Pool }).$client)
    }
    return db
  },
})
