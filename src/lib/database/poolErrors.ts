import type { DatabaseAdapterObj } from 'payload'

import type { Pool } from '../platform/database/adapter'

import { extendAdapter, poolsOf } from '../platform/database/adapter'

/**
 * A connection that PostgreSQL ends (the idle-in-transaction timeout, a restart, an administrator's
 * `pg_terminate_backend`) makes `pg` emit `error`: on the pool when the connection was idle there, on the
 * connection itself when it was checked out (a transaction holds it) — and `pg-pool` takes its own listener off
 * a connection while it is checked out. Payload listens to neither, so the process would die of an unhandled
 * error event. The pool drops a broken connection when it is released and opens another on demand: logging is
 * all there is to do. Covers the primary's pool and the replicas'.
 */
export const withPoolErrorsLogged = (adapter: DatabaseAdapterObj): DatabaseAdapterObj =>
  extendAdapter(adapter, (db) => {
    const connect = db.connect?.bind(db)
    if (!connect) return
    const log = (err: Error) => db.payload.logger.warn({ msg: 'PostgreSQL closed a pooled connection', err })
    const watch = (pool: Pool) => {
      if (pool.listenerCount('error') > 0) return
      pool.on('error', log)
      pool.on('connect', (client) => client.on('error', log))
    }
    db.connect = async (options) => {
      await connect(options)
      for (const pool of poolsOf(db)) watch(pool)
    }
  })
