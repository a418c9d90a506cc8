import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { adapterOf } from './adapter'
import { transactionIdOf } from './transaction'

type Session = PostgresAdapter['sessions'][string]

/** What the lock cost: whether this transaction held it already, and whether it waited for another. */
export type DocumentLock = { wasHeld: boolean; hasWaited: boolean }

/** The document locks each open transaction holds, by its session (gone with it at commit or rollback). */
const heldLocks = new WeakMap<Session, Set<string>>()

const sessionOf = async (req: PayloadRequest): Promise<Session | undefined> => {
  const id = await transactionIdOf(req)
  return id === null ? undefined : adapterOf(req.payload).sessions[id]
}

/**
 * Takes the one lock that serialises writes to a document: a transaction-scoped advisory lock on
 * (collection, id), held until the request's transaction commits or rolls back. Every plugin that
 * must act on a document alone (a workflow action, numbering its publish) takes this same lock, so a
 * publish takes it once: a second call in the same transaction sends no statement.
 *
 * `beforeWaiting` runs only when another transaction holds the lock, before waiting for it: a caller
 * that must tell "moved on while I waited" reads what it started from there, and reads nothing twice
 * when nobody else was acting.
 */
export const lockDocument = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  { beforeWaiting }: { beforeWaiting?: () => Promise<void> } = {},
): Promise<DocumentLock> => {
  const session = await sessionOf(req)
  if (!session)
    throw new Error(
      `lockDocument(${collection}, ${id}) needs the request's transaction: without one the lock would end with its statement`,
    )
  const key = `${collection}:${id}`
  const held = heldLocks.get(session) ?? new Set<string>()
  heldLocks.set(session, held)
  if (held.has(key)) return { wasHeld: true, hasWaited: false }

  const keys = sql`hashtext(${collection}), hashtext(${String(id)})`
  const { rows } = await session.db.execute(sql`select pg_try_advisory_xact_lock(${keys}) as "isTaken"`)
  const isTaken = rows[0]?.isTaken === true
  if (!isTaken) {
    await beforeWaiting?.()
    await session.db.execute(sql`select pg_advisory_xact_lock(${keys})`)
  }
  held.add(key)
  return { wasHeld: false, hasWaited: !isTaken }
}

/** Whether the request's transaction holds the document's lock (taken through `lockDocument`). */
export const holdsDocumentLock = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<boolean> => {
  const session = await sessionOf(req)
  return session !== undefined && (heldLocks.get(session)?.has(`${collection}:${id}`) ?? false)
}
