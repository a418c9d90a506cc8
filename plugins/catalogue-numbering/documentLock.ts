import type { CollectionSlug, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionOf } from '../../src/lib/platform/database/transaction'

/**
 * The document's index number as committed now, read under a lock on the document held until the
 * publishing transaction ends. Two publishes of the same draft at once (a double submit, two app
 * instances) both start from a copy without a number; without the lock each would take a serial and
 * the later would overwrite the earlier's number. With it, the later waits and finds the number given.
 */
export const lockedIndexNumber = async ({
  collection,
  id,
  req,
}: {
  collection: CollectionSlug
  id: number | string
  req: PayloadRequest
}): Promise<null | string> => {
  const db = await transactionOf(req)
  // A transaction-scoped advisory lock per document: no table-specific SQL, released at commit or rollback.
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${collection}), hashtext(${String(id)}))`)
  const current = await req.payload.db.findOne<{ id: number | string; indexNumber?: null | string }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return current?.indexNumber ?? null
}
