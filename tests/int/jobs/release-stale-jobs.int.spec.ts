import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { releaseStaleJobs, releasingStaleJobs } from '../../../src/lib/jobs/releaseStaleJobs'
import { poolOf } from '../../../src/lib/platform/database/transaction'
import { jobHeartbeat } from '../../../src/lib/platform/jobHeartbeat'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/**
 * A job row as a runner leaves it: taken (`processing`), last touched `minutesAgo` minutes ago. The task is a
 * scheduled publication of a document that does not exist, which finishes at once doing nothing.
 */
const jobTaken = async ({ minutesAgo, isCompleted = false }: { minutesAgo: number; isCompleted?: boolean }) => {
  const { rows } = await poolOf(payload).execute(sql`
    insert into payload_jobs (task_slug, queue, input, processing, completed_at, updated_at)
    values ('workflowScheduledPublish', 'release-stale-jobs-test',
            '{"collection": "disclosure-items", "id": "999999999", "publishAt": "2020-01-01T00:00:00.000Z"}'::jsonb, true,
            ${isCompleted ? sql`now()` : sql`null`}, now() - make_interval(mins => ${minutesAgo}))
    returning id`)
  return rows[0]!.id as number
}

const isProcessing = async (id: number) =>
  (await poolOf(payload).execute(sql`select processing from payload_jobs where id = ${id}`)).rows[0]!
    .processing as boolean

describe('releasing jobs a stopped runner left processing', () => {
  it('should give a job back to the queue once it has been untouched longer than the limit', async () => {
    const stale = await jobTaken({ minutesAgo: 45 })
    expect(await releaseStaleJobs(payload, { staleAfterMinutes: 30 })).toBeGreaterThanOrEqual(1)
    expect(await isProcessing(stale)).toBe(false)
  })

  it('should leave a job that a runner is still working on, and a finished one', async () => {
    const running = await jobTaken({ minutesAgo: 5 })
    const finished = await jobTaken({ minutesAgo: 45, isCompleted: true })
    await releaseStaleJobs(payload, { staleAfterMinutes: 30 })
    expect(await isProcessing(running)).toBe(true)
    expect(await isProcessing(finished)).toBe(true)
  })

  it('should let a runner take a released job and finish it', async () => {
    const stale = await jobTaken({ minutesAgo: 45 })
    await releaseStaleJobs(payload, { staleAfterMinutes: 30 })
    const result = await payload.jobs.run({ queue: 'release-stale-jobs-test', where: { id: { equals: stale } } })
    expect(result.jobStatus?.[stale]).toMatchObject({ status: 'success' })
    // Payload deletes a job once it has completed.
    expect((await poolOf(payload).execute(sql`select id from payload_jobs where id = ${stale}`)).rows).toEqual([])
  })

  it('should release stale jobs on a runner’s tick only where runners may run', async () => {
    const whereRunnersAreOff = await jobTaken({ minutesAgo: 45 })
    expect(await releasingStaleJobs(() => false, { staleAfterMinutes: 30 })(payload)).toBe(false)
    expect(await isProcessing(whereRunnersAreOff)).toBe(true)

    const tick = releasingStaleJobs(() => true, { staleAfterMinutes: 30 })
    expect(await tick(payload)).toBe(true)
    await expect.poll(() => isProcessing(whereRunnersAreOff)).toBe(false)
  })
})

describe('a long task keeping its job alive (jobHeartbeat)', () => {
  it('should mark the job alive once its interval has passed, so the release leaves a running job alone', async () => {
    let clock = 0
    const job = await jobTaken({ minutesAgo: 45 })
    const beat = jobHeartbeat(payload, job, { everyMs: 60_000, now: () => clock })

    clock = 59_999
    await beat()
    // Not yet due: the row is as the runner left it, and would be released.
    const untouched = await poolOf(payload).execute(
      sql`select updated_at < now() - interval '40 minutes' as "isOld" from payload_jobs where id = ${job}`,
    )
    expect(untouched.rows[0]!.isOld).toBe(true)

    clock = 60_000
    await beat()
    await releaseStaleJobs(payload, { staleAfterMinutes: 30 })
    expect(await isProcessing(job)).toBe(true)
  })

  it('should not touch a job that is no longer processing', async () => {
    let clock = 0
    const job = await jobTaken({ minutesAgo: 45, isCompleted: true })
    clock = 60_000
    await jobHeartbeat(payload, job, { now: () => clock })()
    const { rows } = await poolOf(payload).execute(
      sql`select updated_at < now() - interval '40 minutes' as "isOld" from payload_jobs where id = ${job}`,
    )
    expect(rows[0]!.isOld).toBe(true)
  })
})
