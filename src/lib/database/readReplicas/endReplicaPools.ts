import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { replicasOf } from './types'

type PoolClient = {
  release?: (destroy?: boolean) => void
  once: (event: 'end', listener: () => void) => void
  on: (event: 'error', listener: () => void) => void
}
type Pool = { _clients?: PoolClient[]; end: () => Promise<void>; ending?: boolean }

/**
 * Ends a pool and waits until its connections are closed, not only forgotten by the pool: a replica that
 * stops right after must not reach a connection still closing (an unhandled 57P01).
 */
const endPool = async (pool: Pool) => {
  // Already being ended (closePayload ends the pools before it destroys): a second end() would throw.
  if (pool.ending) return
  const clients = [...(pool._clients ?? [])]
  const closed = clients.map(
    (client) =>
      new Promise<void>((resolve) => {
        client.on('error', () => undefined)
        client.once('end', resolve)
      }),
  )
  const ended = pool.end()
  for (const client of clients) {
    try {
      client.release?.(true)
    } catch {
      // Idle: pool.end() closes it.
    }
  }
  await ended
  // Bounded: shutting down must not hang on a connection that never reports its end.
  let timer: NodeJS.Timeout | undefined
  await Promise.race([Promise.all(closed), new Promise((resolve) => (timer = setTimeout(resolve, 5000)))])
  clearTimeout(timer)
}

/**
 * Payload's destroy() forgets the replica pools, each with one client checked out for good (the adapter's
 * reconnect watch): without this they keep the process alive and error out when a replica stops.
 */
export const endReplicaPoolsOnDestroy = (adapter: PostgresAdapter): void => {
  const destroy = adapter.destroy
  adapter.destroy = async function () {
    const pools = replicasOf(adapter).map((replica) => (replica as unknown as { $client?: Pool }).$client)
    await Promise.all(pools.map((pool) => pool && endPool(pool)))
    await destroy?.call(this)
  }
}
