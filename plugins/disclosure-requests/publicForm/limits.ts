import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { adapterOf } from '../../../src/lib/platform/database/adapter'

const db = (payload: Payload) => adapterOf(payload).drizzle

/**
 * Counts one hit of `key` in the current window of `windowMs` and returns the window's count so far. One
 * upsert: concurrent hits from any app instance queue on the row, so none is lost. Expired rows go first.
 */
export const countHit = async (
  payload: Payload,
  { key, windowMs, now }: { key: string; windowMs: number; now: number },
): Promise<number> => {
  const windowStart = Math.floor(now / windowMs) * windowMs
  const expiresAt = new Date(windowStart + windowMs).toISOString()
  await db(payload).execute(
    sql`delete from disclosure_request_limits where expires_at < ${new Date(now).toISOString()}`,
  )
  const { rows } = await db(payload).execute(sql`
    insert into disclosure_request_limits (key, hits, expires_at, updated_at, created_at)
    values (${`${key}@${windowStart}`}, 1, ${expiresAt}, now(), now())
    on conflict (key) do update set hits = disclosure_request_limits.hits + 1, updated_at = now()
    returning hits`)
  return Number(rows[0]!.hits)
}

/** Records a one-time `key` (a challenge token's nonce) until `expiresAt`; false when it was used already. */
export const claimOnce = async (payload: Payload, { key, expiresAt }: { key: string; expiresAt: Date }) => {
  const { rows } = await db(payload).execute(sql`
    insert into disclosure_request_limits (key, hits, expires_at, updated_at, created_at)
    values (${key}, 1, ${expiresAt.toISOString()}, now(), now())
    on conflict (key) do nothing
    returning id`)
  return rows.length === 1
}
