import type { Migration, Payload } from 'payload'

import pg from 'pg'

import { adapterOf } from '../platform/database/adapter'

/** Any constant will do: it only has to be the same for every app instance. */
const MIGRATION_LOCK_KEY = 4_224_211

/**
 * Applies the committed migrations (the ones payload.config.ts hands the adapter as `prodMigrations`).
 * Several app instances may start at once against one database; an advisory lock, held on its own
 * connection, makes them take turns instead of racing on CREATE TABLE.
 */
export const migrateDatabase = async (payload: Payload, databaseUrl: string): Promise<void> => {
  const migrations = adapterOf(payload).prodMigrations
  if (!migrations) throw new Error('payload.config.ts gives the database adapter no prodMigrations')
  const lock = new pg.Client({ connectionString: databaseUrl, application_name: `gongkai-migrate:${process.pid}` })
  await lock.connect()
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    // Payload's `migrate` types its migrations' arguments as unknown, the adapter's as the Postgres ones: the same list.
    await payload.db.migrate({ migrations: migrations as Migration[] })
  } finally {
    await lock.end()
  }
}
