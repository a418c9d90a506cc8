import type { Payload } from 'payload'

import type { Pool } from '../platform/database/adapter'

import { adapterOf, poolsOf } from '../platform/database/adapter'
import { onShutdown } from '../shutdown'

/** `pg-pool` keeps its connections, idle or checked out, in a private list: the only way to reach the one the adapter holds. */
type PoolClients = {
  _clients?: Array<{
    release?: (destroy?: boolean) => void
    once: (event: 'end', listener: () => void) => void
    on: (event: 'error', listener: () => void) => void
  }>
}

/** Longest wait for a pool's connections to report their end (shutting down must not hang on one that never does). */
const CONNECTIONS_CLOSED_WAIT_MS = 5_000

/** Longer than a batch of notifications takes; shorter than what the shutdown deadline leaves after it. */
const RUN_WAIT_MS = 6_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Stops Payload's job runners (the `jobs.autoRun` crons) and waits, up to `waitMs`, for a run in progress to
 * finish, so a deploy does not cut a job in half. A run still going after that is left to the stale-job
 * release (src/lib/jobs/releaseStaleJobs.ts).
 */
export const stopJobRunners = async (
  payload: Payload,
  { waitMs = RUN_WAIT_MS }: { waitMs?: number } = {},
): Promise<void> => {
  // Only the runners stopped here are waited for: a second call (the pools closing after the runners stopped
  // at the start of a shutdown) does not wait a second time.
  const crons = (payload.crons ?? []).filter((cron) => !cron.isStopped())
  for (const cron of crons) cron.stop()
  const deadline = Date.now() + waitMs
  while (crons.some((cron) => cron.isBusy()) && Date.now() < deadline) await sleep(50)
}

/**
 * Payload's destroy() forgets the connection pool without closing it, and the Postgres adapter keeps
 * one client checked out for good (to watch for reconnects), so `pool.end()` alone never finishes.
 * Destroy that client, then end the pool: nothing is left to keep the process alive or to error out
 * when PostgreSQL stops.
 */
const endPool = async (pool: Pool | undefined) => {
  // Already being ended (a second close, or a shutdown racing a test's teardown): a second end() would throw.
  if (!pool || pool.ending) return
  const clients = [...((pool as Pool & PoolClients)._clients ?? [])]
  // Until each connection is closed, not only forgotten by the pool: a database (or a replica) stopped right
  // after must not reach a connection still closing (an unhandled 57P01).
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
      // Already released (it was idle): pool.end() closes it.
    }
  }
  await ended
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    Promise.all(closed),
    new Promise((resolve) => (timer = setTimeout(resolve, CONNECTIONS_CLOSED_WAIT_MS))),
  ])
  clearTimeout(timer)
}

const unregisterShutdown = new WeakMap<Payload, () => void>()

/** Stops the job runners, then closes the primary's and the replicas' pools. */
export const closePayload = async (payload: Payload): Promise<void> => {
  unregisterShutdown.get(payload)?.()
  await stopJobRunners(payload)
  await Promise.all(poolsOf(adapterOf(payload)).map(endPool))
  await payload.destroy()
}

/**
 * Lets a shutdown of this process (src/lib/shutdown.ts) stop this instance's job runners as soon as it
 * begins, and close its pools once requests in flight are done. Called from `onInit`.
 */
export const closeOnShutdown = (payload: Payload): void => {
  const unregisterRunners = onShutdown({ name: 'job runners', phase: 'stop-work', run: () => stopJobRunners(payload) })
  const unregisterPools = onShutdown({
    name: 'database connections',
    phase: 'release',
    run: () => closePayload(payload),
  })
  unregisterShutdown.set(payload, () => {
    unregisterRunners()
    unregisterPools()
  })
}
