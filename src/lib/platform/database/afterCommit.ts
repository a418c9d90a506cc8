import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { adapterOf } from './adapter'
import { transactionIdOf } from './transaction'

type Work = () => Promise<void>

type CommitHooks = {
  /** Run after every commit, before any after-commit work (the read replicas catching up). */
  barriers: Work[]
  /** After-commit work by transaction id, dropped when that transaction rolls back. */
  pending: Map<string, Work[]>
}

const hooksByAdapter = new WeakMap<PostgresAdapter, CommitHooks>()

/**
 * Payload has no after-commit hook. Its adapter's public `commitTransaction(id)` and
 * `rollbackTransaction(id)` are where every transaction Payload opens ends (its `commitTransaction(req)`
 * and `killTransaction(req)` call them), so wrapping those two methods, once per adapter, gives each
 * transaction a list of work that runs after its COMMIT and is forgotten on ROLLBACK, without touching
 * drizzle's session objects.
 */
const commitHooksOf = (adapter: PostgresAdapter): CommitHooks => {
  const existing = hooksByAdapter.get(adapter)
  if (existing) return existing
  const hooks: CommitHooks = { barriers: [], pending: new Map() }
  hooksByAdapter.set(adapter, hooks)

  const commit = adapter.commitTransaction
  adapter.commitTransaction = async function (incomingId) {
    const id = String(await incomingId)
    // No session: it ended already (rolled back by another operation of the request); nothing committed.
    const isOpen = id in this.sessions
    const work = hooks.pending.get(id) ?? []
    hooks.pending.delete(id)
    await commit.call(this, incomingId)
    if (!isOpen) return
    for (const barrier of hooks.barriers) await barrier()
    for (const run of work) await run()
  }

  const rollback = adapter.rollbackTransaction
  adapter.rollbackTransaction = async function (incomingId) {
    hooks.pending.delete(String(await incomingId))
    await rollback.call(this, incomingId)
  }
  return hooks
}

/**
 * Runs `work` once the request's transaction has committed, or at once when there is none; never when
 * it rolls back. Revalidating a cache inside the transaction would let a page re-render from the old,
 * still-committed data and cache it again. The commit awaits the work (its failure is logged, never
 * the request's), so a response leaves after the caches it made stale are expired.
 */
export const afterCommit = async (req: PayloadRequest, work: Work): Promise<void> => {
  const run = () => work().catch((err: unknown) => req.payload.logger.error({ msg: 'after-commit work failed', err }))
  const adapter = adapterOf(req.payload)
  const id = await transactionIdOf(req)
  if (id === null || !adapter.sessions[id]) {
    await run()
    return
  }
  const { pending } = commitHooksOf(adapter)
  pending.set(id, [...(pending.get(id) ?? []), run])
}

/**
 * Work every commit waits for, after its COMMIT and before its after-commit work runs and its response
 * leaves: the read replicas applying it (src/lib/database/readReplicas/waitForReplicasOnCommit.ts).
 * `work` must bound its own wait and not throw.
 */
export const beforeAfterCommitWork = (adapter: PostgresAdapter, work: Work): void => {
  commitHooksOf(adapter).barriers.push(work)
}
