import type { Payload, PayloadRequest } from 'payload'

import type { sql } from '@payloadcms/db-postgres'

export type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }> }
type DrizzleAdapter = { drizzle: Executor; sessions?: Record<string, { db: Executor }> }

/**
 * The connection of the request's open transaction (the publish's), so the index row is written and
 * removed together with the document: it commits or rolls back with it.
 */
export const transactionOf = async (req: PayloadRequest): Promise<Executor> => {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const id = await req.transactionID
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}

/** The pool, for reads outside any transaction (search, feeds). */
export const poolOf = (payload: Payload): Executor => (payload.db as unknown as DrizzleAdapter).drizzle
