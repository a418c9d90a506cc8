import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { dedicatedPoolOf } from '../../src/lib/platform/database/dedicatedPool'
import { transactionOf } from '../../src/lib/platform/database/transaction'

/**
 * The next serial of a counter; never MAX(...)+1. Gapless: the upsert runs in the publishing
 * transaction and holds the counter row's lock until it ends, so concurrent publishes (in any app
 * instance) queue on it and a rolled-back publish releases its serial to the next one. Not gapless:
 * the upsert commits on its own, on a connection outside the transaction, holding the lock for that
 * one statement: on a pool of its own, since once every pooled connection holds a publishing
 * transaction, each would wait for one more connection that none gives back.
 */
export const takeNextSerial = async (
  req: PayloadRequest,
  key: string,
  { gapless }: { gapless: boolean },
): Promise<number> => {
  const db = gapless ? await transactionOf(req) : dedicatedPoolOf(req.payload, { purpose: 'catalogue serials', max: 2 })
  const { rows } = await db.execute(sql`
    insert into catalogue_counters (key, last_serial, updated_at, created_at)
    values (${key}, 1, now(), now())
    on conflict (key) do update set last_serial = catalogue_counters.last_serial + 1, updated_at = now()
    returning last_serial`)
  return Number(rows[0]!.last_serial)
}

/** After a legacy import: the counter continues past the imported serial, never below it. */
export const moveCounterPast = async (req: PayloadRequest, key: string, serial: number): Promise<void> => {
  const db = await transactionOf(req)
  await db.execute(sql`
    insert into catalogue_counters (key, last_serial, updated_at, created_at)
    values (${key}, ${serial}, now(), now())
    on conflict (key) do update set last_serial = greatest(catalogue_counters.last_serial, ${serial}), updated_at = now()`)
}
