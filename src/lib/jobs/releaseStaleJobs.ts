import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { poolOf } from '../platform/database/transaction'

/**
 * Longer than any task here goes without a sign of life: a bulletin export takes seconds; the tasks that grow with
 * the catalogue (a content-security rescan, a search index rebuild: minutes to an hour at a million documents)
 * mark their job alive every minute (src/lib/platform/jobHeartbeat.ts).
 */
export const DEFAULT_STALE_AFTER_MINUTES = 30

/**
 * Payload marks a job `processing` when a runner takes it and clears the mark when the run ends. A runner
 * whose process dies in between (a deploy, a crash) leaves the mark for ever, and no runner takes the job
 * again: a scheduled publication would never happen. This gives such jobs back to the queue once they have
 * been untouched longer than any run takes. A job given back runs again from the start, which is harmless
 * for the tasks here: a scheduled publication checks the stage first, a webhook may arrive twice with the
 * same delivery id, a notification may be sent twice, exports and reindexing are rebuilt whole.
 * One statement, so instances doing it at the same time release each job once.
 */
export const releaseStaleJobs = async (
  payload: Payload,
  { staleAfterMinutes = DEFAULT_STALE_AFTER_MINUTES } = {},
): Promise<number> => {
  const { rows } = await poolOf(payload).execute(sql`
    update payload_jobs set processing = false, updated_at = now()
    where processing and completed_at is null and updated_at < now() - make_interval(mins => ${staleAfterMinutes})
    returning id, task_slug`)
  for (const row of rows)
    payload.logger.warn({
      msg: 'released a job left processing by a runner that stopped',
      job: row.id,
      task: row.task_slug,
    })
  return rows.length
}

type ShouldAutoRun = (payload: Payload) => boolean | Promise<boolean>

/**
 * Wraps `jobs.shouldAutoRun`, which Payload calls on every tick of every job runner with the instance: where
 * runners run, stale jobs are released first, at most every `everyMinutes`. (Payload has no other hook
 * before a runner's tick; a release never delays the tick.)
 */
export const releasingStaleJobs = (
  shouldAutoRun: ShouldAutoRun,
  { staleAfterMinutes = DEFAULT_STALE_AFTER_MINUTES, everyMinutes = 5 } = {},
): ShouldAutoRun => {
  let lastReleaseAt = 0
  return async (payload) => {
    if (!(await shouldAutoRun(payload))) return false
    if (Date.now() - lastReleaseAt >= everyMinutes * 60_000) {
      lastReleaseAt = Date.now()
      void releaseStaleJobs(payload, { staleAfterMinutes }).catch((err: unknown) =>
        payload.logger.error({ msg: 'could not release stale jobs', err }),
      )
    }
    return true
  }
}
