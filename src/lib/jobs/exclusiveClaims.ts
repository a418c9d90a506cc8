import type { DatabaseAdapterObj, UpdateJobsArgs } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { extendAdapter } from '../platform/database/adapter'

/** Any constant will do: it only has to be the same for every app instance (apart from the migration lock's). */
const CLAIM_LOCK_KEY = 4_224_212

/**
 * Makes a runner's claim on the queue exclusive across app instances, and rolls back what a failed job update
 * began. Both fix Payload 3.90's `updateJobs` (payload/dist/queues/utilities/updateJob.js) from outside:
 *
 * - A runner claims jobs with one transaction that reads up to `limit` runnable rows and then marks them
 *   `processing`, without locking them: two instances ticking at the same second read the same rows and both
 *   run them. Here the claim first takes a transaction-scoped advisory lock, so claims of all instances take
 *   turns (for milliseconds); under READ COMMITTED the second claim's read starts after the first committed,
 *   sees those jobs `processing` and takes the next ones. Every caller of the queue is covered: the crons,
 *   `payload.jobs.run` in tests and `payload jobs:run`.
 * - That transaction is begun by Payload and committed only when the update succeeds: an update that fails
 *   (a job's log inserted after another runner deleted the job, a lost connection) left the connection
 *   checked out "idle in transaction (aborted)" for good, and nine such jobs emptied the pool. Here it is
 *   rolled back and its connection returned before the error goes on.
 */
export const withExclusiveJobClaims = (adapter: DatabaseAdapterObj): DatabaseAdapterObj =>
  extendAdapter(adapter, (db) => {
    const updateJobs = db.updateJobs.bind(db)
    db.updateJobs = async (update: UpdateJobsArgs) => {
      const transactionID = await update.req?.transactionID
      try {
        if (isClaim(update) && transactionID !== undefined) {
          await db.sessions[String(transactionID)]?.db.execute(sql`select pg_advisory_xact_lock(${CLAIM_LOCK_KEY})`)
        }
        return await updateJobs(update)
      } catch (err) {
        if (transactionID !== undefined) await db.rollbackTransaction(transactionID).catch(() => {})
        throw err
      }
    }
  })

/** A runner taking jobs: runnable rows by a query (not one job by id) marked `processing`. */
const isClaim = (update: UpdateJobsArgs): boolean =>
  !('id' in update && update.id !== undefined) && (update.data as { processing?: boolean }).processing === true
