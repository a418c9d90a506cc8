import type { Payload } from 'payload'

type PoolClient = { query: (sql: string, params: unknown[]) => Promise<unknown>; release: () => void }
type Pool = { connect: () => Promise<PoolClient> }

/** Any constant will do: it only has to be the same for every app instance (and differ from the migrations'). */
const SEED_LOCK_KEY = 4_224_212

/**
 * Runs the seed while holding a PostgreSQL advisory lock, so app instances starting together
 * (`npm run dev` twice on one database) seed one after the other instead of both at once. The lock
 * is held on a connection of its own: advisory locks belong to the session that took them.
 */
export const withSeedLock = async <T>(payload: Payload, work: () => Promise<T>): Promise<T> => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) return work()
  const client = await pool.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [SEED_LOCK_KEY])
    try {
      return await work()
    } finally {
      await client.query('select pg_advisory_unlock($1)', [SEED_LOCK_KEY])
    }
  } finally {
    client.release()
  }
}
