import type { Payload, PayloadRequest } from 'payload'

import type { sql } from '@payloadcms/db-postgres'

/** What runs a drizzle `sql` statement: a transaction's connection or the pool. */
export type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }> }
type DrizzleAdapter = { drizzle: Executor; sessions?: Record<string, { db: Executor }> }

/**
 * The connection of the request's open transaction (the one a publish runs in), so what a plugin writes
 * or locks there commits or rolls back together with the document. Without a transaction, the pool.
 */
export const transactionOf = async (req: PayloadRequest): Promise<Executor> => {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const id = await req.transactionID
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}

/** The pool, for reads outside any transaction. */
export const poolOf = (payload: Payload): Executor => (payload.db as unknown as DrizzleAdapter).drizzle
