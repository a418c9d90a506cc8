import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }> }
type DrizzleAdapter = { drizzle: Executor; sessions?: Record<string, { db: Executor }> }

/**
 * Serialises workflow actions on one document: a transaction-scoped advisory lock, held until the
 * action's transaction commits or rolls back. The second of two simultaneous actions waits here, then
 * finds the document moved on.
 */
export const lockDocument = async ({ req, collection, id }: { req: PayloadRequest; collection: string; id: number | string }) => {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const transactionID = await req.transactionID
  const db = (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`workflow:${collection}`}), hashtext(${String(id)}))`)
}
