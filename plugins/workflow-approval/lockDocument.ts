import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionOf } from '../../src/lib/platform/database/transaction'

/**
 * Serialises workflow actions on one document: a transaction-scoped advisory lock, held until the
 * action's transaction commits or rolls back. The second of two simultaneous actions waits here, then
 * finds the document moved on.
 */
export const lockDocument = async ({ req, collection, id }: { req: PayloadRequest; collection: string; id: number | string }) => {
  const db = await transactionOf(req)
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`workflow:${collection}`}), hashtext(${String(id)}))`)
}
