import type { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { adapterOf } from './adapter'

/** What runs a drizzle `sql` statement: a transaction's connection or a pool. */
export type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }> }

/** The id of the request's open transaction (Payload keeps it, sometimes as a promise, on `req`); null when none. */
export const transactionIdOf = async (req: Pick<PayloadRequest, 'transactionID'>): Promise<null | string> => {
  const id = await req.transactionID
  return id === undefined || id === null ? null : String(id)
}

/**
 * The connection of the request's open transaction (the one a publish runs in), so what a plugin writes
 * or locks there commits or rolls back together with the document. Without a transaction, the pool.
 */
export const transactionOf = async (req: PayloadRequest): Promise<Executor> => {
  const adapter = adapterOf(req.payload)
  const id = await transactionIdOf(req)
  return (id !== null && adapter.sessions[id]?.db) || adapter.drizzle
}

/** The pool, for reads outside any transaction. */
export const poolOf = (payload: Payload): Executor => adapterOf(payload).drizzle
