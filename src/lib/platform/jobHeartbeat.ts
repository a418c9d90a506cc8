import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { poolOf } from './database/transaction'

/** Well inside the stale-job limit (src/lib/jobs/releaseStaleJobs.ts, 30 minutes by default). */
const DEFAULT_EVERY_MS = 60_000

/**
 * For a task that may run longer than the stale-job limit (a content-security rescan of a million documents):
 * call the returned function between units of work, and at most every `everyMs` it marks the job as alive
 * (`updated_at`), so the stale-job release, which gives back jobs left `processing` by a runner that died, never
 * hands a running job to a second runner. Written through the pool, outside the task's transaction, so the
 * mark is seen at once; only while the job is still `processing`.
 */
export const jobHeartbeat = (
  payload: Payload,
  jobId: number | string,
  { everyMs = DEFAULT_EVERY_MS, now = () => Date.now() }: { everyMs?: number; now?: () => number } = {},
) => {
  let lastBeat = now()
  return async (): Promise<void> => {
    if (now() - lastBeat < everyMs) return
    lastBeat = now()
    await poolOf(payload).execute(
      sql`update payload_jobs set updated_at = now() where id = ${jobId} and processing and completed_at is null`,
    )
  }
}
