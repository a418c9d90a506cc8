import type { PayloadRequest } from 'payload'

type Session = { resolve: () => Promise<unknown>; reject: () => Promise<unknown> }
type DrizzleAdapter = { sessions?: Record<string, Session> }

/**
 * Runs `work` once the request's transaction has committed, or at once when there is none; never when
 * it rolls back. Revalidating the portal's cache inside the transaction would let a page re-render from
 * the old, still-committed data and cache it again. Payload has no after-commit hook, so this wraps the
 * session's `resolve`, whose promise settles when drizzle's COMMIT has finished.
 */
export const afterCommit = async (req: PayloadRequest, work: () => Promise<void>): Promise<void> => {
  const run = () => work().catch((err: unknown) => req.payload.logger.error({ msg: 'portal after-commit work failed', err }))
  const id = await req.transactionID
  const session = id !== undefined && id !== null ? (req.payload.db as unknown as DrizzleAdapter).sessions?.[String(id)] : undefined
  if (!session) {
    await run()
    return
  }
  const resolve = session.resolve
  session.resolve = () => {
    const done = resolve()
    void done.then(run, () => undefined)
    return done
  }
}
