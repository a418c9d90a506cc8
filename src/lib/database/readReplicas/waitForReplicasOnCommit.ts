import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

import { replicasOf } from '../../platform/database/adapter'
import { beforeAfterCommitWork } from '../../platform/database/afterCommit'

/** Resolves once every replica has applied what the primary has committed so far, or after `maxMs`. */
const replicasCaughtUp = async (adapter: PostgresAdapter, maxMs: number) => {
  const primary = adapter.primaryDrizzle
  const replicas = replicasOf(adapter)
  if (!primary || replicas.length === 0) return
  const { rows } = await primary.execute(sql`select pg_current_wal_lsn()::text as lsn`)
  const lsn = String(rows[0]?.lsn)
  const deadline = Date.now() + maxMs
  const pending = new Set(replicas)
  while (pending.size > 0) {
    for (const replica of pending) {
      // Null when the server is not replaying at all (a primary given as a replica): nothing to wait for.
      const result = await replica.execute(
        sql`select coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, true) as "isCaughtUp"`,
      )
      if (result.rows[0]?.isCaughtUp) pending.delete(replica)
    }
    if (pending.size === 0) return
    if (Date.now() > deadline) {
      adapter.payload.logger.warn({
        msg: `a read replica is more than ${maxMs} ms behind the primary; anonymous reads may show older data`,
      })
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/**
 * A transaction's commit returns once the replicas have applied it (at most `maxMs`): its response, and
 * its after-commit work (the portal's and the API's cache invalidation), come after, so what refills a
 * cache from a replica finds the change.
 */
export const waitForReplicasOnCommit = (adapter: PostgresAdapter, maxMs: number): void =>
  beforeAfterCommitWork(adapter, async () => {
    // Bounded as a whole: a replica that does not answer at all must not hold the commit either.
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      replicasCaughtUp(adapter, maxMs),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs + 100))),
    ])
      .catch((err: unknown) =>
        adapter.payload.logger.error({ msg: 'could not check the read replicas after a commit', err }),
      )
      .finally(() => clearTimeout(timer))
  })
