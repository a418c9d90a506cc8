import type { Migration, Payload } from 'payload'

import pg from 'pg'

import { migrations } from '../../../migrations'

/** Any constant will do: it only has to be the same for every app instance. */
const MIGRATION_LOCK_KEY = 4_224_211

/**
 * Applies the committed migrations. Several app instances may start at once against one database;
 * an advisory lock, held on its own connection, makes them take turns instead of racing on CREATE TABLE.
 */
export const migrateDatabase = async (payload: Payload, databaseUrl: string): Promise<void> => {
  const lock = new pg.Client({ connectionString: databaseUrl })
  await lock.connect()
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    // The adapter's generated migrations are typed for Postgres; the generic interface takes `unknown` args.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  } finally {
    await lock.end()
  }
}
