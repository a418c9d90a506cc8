import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../../src/lib/platform/database/transaction'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** A scheduled publication of a document that does not exist: it finishes at once and changes nothing. */
const queueHarmlessJobs = async (queue: string, count: number) => {
  const jobs = await Promise.all(
    Array.from({ length: count }, () =>
      payload.jobs.queue({
        task: 'workflowScheduledPublish',
        queue,
        input: { collection: 'disclosure-items', id: '999999999', publishAt: '2020-01-01T00:00:00.000Z' },
      }),
    ),
  )
  return jobs.map((job) => String(job.id))
}

/** Connections of this process that a transaction left open (the failure that emptied the pool). */
const connectionsLeftInTransaction = async () =>
  (
    await poolOf(payload).execute(sql`
      select state from pg_stat_activity
      where datname = current_database() and application_name = ${`gongkai:${process.pid}`} and state like 'idle in transaction%'`)
  ).rows

describe('job claims', () => {
  it(
    'should give every job to exactly one of several runners claiming at the same moment',
    { timeout: 120_000 },
    async () => {
      const queue = 'exclusive-claims-test'
      const queued = await queueHarmlessJobs(queue, 80)
      const ranBy: string[][] = []
      // Four runners (what four instances' crons do) claiming 10 at a time until the queue is empty.
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (;;) {
            const { jobStatus } = await payload.jobs.run({ queue, limit: 10 })
            const ids = Object.keys(jobStatus ?? {})
            if (ids.length === 0) return
            ranBy.push(ids)
          }
        }),
      )
      const ran = ranBy.flat()
      expect(new Set(ran).size).toBe(ran.length)
      expect([...ran].sort()).toEqual([...queued].sort())
      expect(ranBy.length).toBeGreaterThan(1)
    },
  )
})

describe('a job update that fails', () => {
  const queue = 'failing-log-test'

  beforeAll(async () => {
    // The failure seen with two instances: the job's log written after the job was gone. Here PostgreSQL
    // refuses the log row of this queue's jobs outright.
    await poolOf(payload).execute(
      sql.raw(`
      create or replace function refuse_test_job_log() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from payload_jobs where id = new._parent_id and queue = '${queue}') then
          raise exception 'log of a job that is gone';
        end if;
        return new;
      end $$;
      create trigger refuse_test_job_log before insert on payload_jobs_log for each row execute function refuse_test_job_log();`),
    )
  })

  afterAll(async () => {
    await poolOf(payload).execute(
      sql.raw(
        `drop trigger if exists refuse_test_job_log on payload_jobs_log; drop function if exists refuse_test_job_log();`,
      ),
    )
  })

  it('should roll its transaction back and give the connection back to the pool', { timeout: 120_000 }, async () => {
    const poolSize = 10
    await queueHarmlessJobs(queue, poolSize + 2)
    // More failures than the pool has connections: each used to keep one for good.
    for (let run = 0; run < 3; run++)
      await payload.jobs.run({ queue, limit: poolSize, silent: true }).catch(() => undefined)
    expect(await connectionsLeftInTransaction()).toEqual([])
    // And the pool still serves as many statements at once as it has connections.
    const answers = await Promise.all(
      Array.from({ length: poolSize * 2 }, () => poolOf(payload).execute(sql`select 1 as one`)),
    )
    expect(answers.every(({ rows }) => rows[0]?.one === 1)).toBe(true)
  })
})
