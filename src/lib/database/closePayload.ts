import type { Payload } from 'payload'

type PoolClient = { release?: (destroy?: boolean) => void }
type Pool = { _clients?: PoolClient[]; end: () => Promise<void> }

/**
 * Payload's destroy() forgets the connection pool without closing it, and the Postgres adapter keeps
 * one client checked out for good (to watch for reconnects), so `pool.end()` alone never finishes.
 * Destroy that client, then end the pool: nothing is left to keep the process alive or to error out
 * when PostgreSQL stops.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  // Jobs autoRun crons (started by the first REST call) would otherwise tick on into the ended pool.
  for (const cron of payload.crons ?? []) cron.stop()
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (pool) {
    const ended = pool.end()
    for (const client of pool._clients ?? []) {
      try {
        client.release?.(true)
      } catch {
        // Already released (it was idle): pool.end() closes it.
      }
    }
    await ended
  }
  await payload.destroy()
}
