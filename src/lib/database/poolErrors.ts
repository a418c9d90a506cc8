import type { DatabaseAdapterObj } from 'payload'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

/**
 * A pooled connection that PostgreSQL ends while the app holds no query on it (the idle-in-transaction
 * timeout, a restart, an administrator's `pg_terminate_backend`) makes `pg` emit `error` on the pool, which
 * Payload does not listen to: the process would die of an unhandled error event. The pool has already
 * dropped that connection and opens a new one on demand, so logging it is all there is to do.
 */
export const withPoolErrorsLogged = (adapter: DatabaseAdapterObj<PostgresAdapter>): DatabaseAdapterObj<PostgresAdapter> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const connect = db.connect?.bind(db)
    if (!connect) return db
    db.connect = async (options) => {
      await connect(options)
      if (db.pool && db.pool.listenerCount('error') === 0) {
        db.pool.on('error', (err) => db.payload.logger.warn({ msg: 'PostgreSQL closed a pooled connection', err }))
      }
    }
    return db
  },
})
