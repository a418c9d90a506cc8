import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { CollectionSlug, DatabaseAdapterObj, PayloadRequest, Plugin } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { withReplicas } from '@payloadcms/db-postgres/drizzle/pg-core'
import { AsyncLocalStorage } from 'node:async_hooks'

type ReadReplicaConsistencyOptions = {
  /** Leaves the database adapter as it is (no replicas configured). */
  disabled?: boolean
  /**
   * How long a commit waits for the replicas to apply it before its after-commit work (the portal's cache
   * invalidation) runs and its response leaves. Past it, the commit goes on and a replica behind by more
   * may still serve the old rows to anonymous readers.
   * @default 2000
   */
  maxCatchUpMs?: number
}

type Drizzle = PostgresAdapter['drizzle']
type ReadArgs = { collection?: CollectionSlug; req?: Partial<PayloadRequest> }

// The adapter's read methods; each gets the request it serves. Writes already use the primary.
const READ_METHODS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
] as const

const readsOnReplicas = new AsyncLocalStorage<true>()

/**
 * Who may read a replica: an anonymous caller of the REST or GraphQL API. Signed-in readers, the request
 * that authenticates them, logins (accounts are read on the primary), the portal's server rendering, jobs
 * and hooks of the Local API read the primary; so does any read Payload hands the adapter without its
 * request (findByID passes only the transaction), since nobody can tell whose it is.
 */
const isAnonymousApiRead = ({ collection, req }: ReadArgs): boolean => {
  if (!req?.headers || req.user) return false
  if (collection && req.payload?.collections[collection]?.config.auth) return false
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return false
  if (req.headers.get('authorization')) return false
  const tokenCookie = `${req.payload?.config.cookiePrefix ?? 'payload'}-token=`
  return !(req.headers.get('cookie') ?? '').includes(tokenCookie)
}

/** Drizzle's replica router, sending a read to a replica only while `readsOnReplicas` is set for it. */
const routeReads = (adapter: PostgresAdapter) => {
  const primary = adapter.primaryDrizzle
  const replicas = (adapter.drizzle as Drizzle & { $replicas?: Drizzle[] }).$replicas
  if (!primary || !replicas?.length) return
  adapter.drizzle = withReplicas(primary, replicas as [Drizzle, ...Drizzle[]], (candidates) =>
    readsOnReplicas.getStore() ? (candidates[Math.floor(Math.random() * candidates.length)] ?? primary) : primary,
  ) as unknown as Drizzle
}

type PoolClient = {
  release?: (destroy?: boolean) => void
  once: (event: 'end', listener: () => void) => void
  on: (event: 'error', listener: () => void) => void
}
type ReplicaPool = { _clients?: PoolClient[]; end: () => Promise<void> }

/**
 * Ends a replica pool and waits until its connections are closed, not only forgotten by the pool: a
 * replica that stops right after must not reach a connection still closing (an unhandled 57P01).
 */
const endPool = async (pool: ReplicaPool) => {
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

/** Resolves once every replica has applied what the primary has committed so far, or after `maxMs`. */
const replicasCaughtUp = async (adapter: PostgresAdapter, maxMs: number) => {
  const primary = adapter.primaryDrizzle
  const replicas = (adapter.drizzle as Drizzle & { $replicas?: Drizzle[] }).$replicas
  if (!primary || !replicas?.length) return
  const { rows } = await primary.execute(sql`select pg_current_wal_lsn()::text as lsn`)
  const lsn = String(rows[0]?.lsn)
  const deadline = Date.now() + maxMs
  const pending = new Set(replicas)
  while (pending.size > 0) {
    for (const replica of pending) {
      // Null when the server is not replaying at all (a primary given as a replica): nothing to wait for.
      const result = await replica.execute(sql`select coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, true) as "isCaughtUp"`)
      if (result.rows[0]?.isCaughtUp) pending.delete(replica)
    }
    if (pending.size === 0) return
    if (Date.now() > deadline) {
      adapter.payload.logger.warn({ msg: `a read replica is more than ${maxMs} ms behind the primary; anonymous reads may show older data` })
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/**
 * The database adapter: drizzle sends a read to a replica only from inside an adapter read of an anonymous
 * API request; each commit waits for the replicas to apply it.
 */
const consistentAdapter = (
  adapterObj: DatabaseAdapterObj<PostgresAdapter>,
  maxCatchUpMs: number,
): DatabaseAdapterObj<PostgresAdapter> => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    if (!adapter.readReplicaOptions?.length) return adapter

    const connect = adapter.connect
    adapter.connect = async function (options) {
      await connect?.call(this, options)
      routeReads(adapter)
    }

    for (const method of READ_METHODS) {
      const read = adapter[method] as (this: PostgresAdapter, args: ReadArgs) => Promise<unknown>
      ;(adapter as unknown as Record<string, unknown>)[method] = function (this: PostgresAdapter, readArgs: ReadArgs) {
        return isAnonymousApiRead(readArgs ?? {}) ? readsOnReplicas.run(true, () => read.call(this, readArgs)) : read.call(this, readArgs)
      }
    }

    // Payload's destroy() forgets the replica pools, each with one client checked out for good (the
    // adapter's reconnect watch): without this they keep the process alive and error when a replica stops.
    const destroy = adapter.destroy
    adapter.destroy = async function () {
      const replicas = (adapter.drizzle as (Drizzle & { $replicas?: Array<{ $client?: ReplicaPool }> }) | undefined)?.$replicas ?? []
      await Promise.all(replicas.map(({ $client }) => $client && endPool($client)))
      await destroy?.call(this)
    }

    const beginTransaction = adapter.beginTransaction
    adapter.beginTransaction = async function (options) {
      const id = await beginTransaction.call(this, options)
      const session = id === null ? undefined : adapter.sessions[String(id)]
      if (session) {
        const commit = session.resolve
        session.resolve = async () => {
          await commit()
          // Bounded as a whole: a replica that does not answer at all must not hold the commit either.
          let timer: NodeJS.Timeout | undefined
          await Promise.race([
            replicasCaughtUp(adapter, maxCatchUpMs),
            new Promise<void>((resolve) => (timer = setTimeout(resolve, maxCatchUpMs + 100))),
          ])
            .catch((err: unknown) => adapter.payload.logger.error({ msg: 'could not check the read replicas after a commit', err }))
            .finally(() => clearTimeout(timer))
        }
      }
      return id
    }
    return adapter
  },
})

/**
 * Keeps what each reader sees consistent with what was written when `readReplicas` is set:
 * - anonymous REST and GraphQL reads outside a transaction go to the replicas; everything else reads the
 *   primary, so an editor always reads their own writes;
 * - a transaction's commit returns, and its after-commit work (the portal's cache invalidation) runs, once
 *   the replicas have applied it (at most `maxCatchUpMs`), so a page or response re-rendered after the
 *   invalidation does not cache what a lagging replica still had.
 * Writes, row locks and everything inside a transaction use the primary already (drizzle's `withReplicas`).
 */
export const readReplicaConsistency =
  ({ disabled = false, maxCatchUpMs = 2000 }: ReadReplicaConsistencyOptions = {}): Plugin =>
  (config) => {
    if (disabled) return config
    return {
      ...config,
      db: consistentAdapter(config.db as unknown as DatabaseAdapterObj<PostgresAdapter>, maxCatchUpMs) as unknown as typeof config.db,
    }
  }
