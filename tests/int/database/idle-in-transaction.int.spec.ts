import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../../src/lib/platform/database/transaction'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

type Sessions = Record<
  string,
  { db: { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }> } }
>

describe('a pooled connection left idle in a transaction', () => {
  it('should be ended by PostgreSQL while the app serves on with the rest of its pool', async () => {
    const transactionID = await payload.db.beginTransaction()
    const session = (payload.db as unknown as { sessions: Sessions }).sessions[String(transactionID)]!
    // What DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS sets for every connection (60 s by default), made short here.
    const { rows } = await session.db.execute(
      sql`select pg_backend_pid() as pid, set_config('idle_in_transaction_session_timeout', '300', true)`,
    )
    const backend = Number(rows[0]!.pid)
    // Nothing runs on it now: PostgreSQL ends the session, and `pg` reports that on the pool (an unhandled
    // error event would end the process).
    const isGone = async () =>
      (await poolOf(payload).execute(sql`select 1 from pg_stat_activity where pid = ${backend}`)).rows.length === 0
    const deadline = Date.now() + 30_000
    while (!(await isGone()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await isGone()).toBe(true)
    const answers = await Promise.all(Array.from({ length: 20 }, () => poolOf(payload).execute(sql`select 1 as one`)))
    expect(answers.every((answer) => answer.rows[0]?.one === 1)).toBe(true)
    if (transactionID !== null) await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
  })
})
