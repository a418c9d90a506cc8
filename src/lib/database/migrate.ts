import type { Migration, Payload } from 'payload'

import pg from 'pg'

/** Any constant will do: it only has to be the same for every app instance. */
const MIGRATION_LOCK_KEY = 4_224_211

/**
 * Applies the committed migrations (the ones payload.config.ts hands the adapter as `prodMigrations`).
 * Several app instances may start at once against one database; an advisory lock, held on its own
 * connection, makes them take turns instead of racing on CREATE TABLE.
 */
export const migrateDatabase = async (payload: Payload, databaseUrl: string): Promise<void> => {
  const migrations = (payload.db as unknown as { prodMigrations?: Migration[] }).prodMigrations
  if (!migrations) throw new Error('payload.config.ts gives the database adapter no prodMigrations')
  const lock = new pg.Client({ connectionString: databaseUrl, application_name: `gongkai-migrate:${process.pid}` })
  await lock.connect()
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    await payload.db.migrate({ migrations })
  } finally {
    await lock.end()
  }
}
