import type { Payload } from 'payload'

import { eventLoopSlices } from './eventLoopSlices'
import { jobHeartbeat } from './jobHeartbeat'

/**
 * What a job that grows with the catalogue (a content-security rescan, a search index rebuild) calls between two
 * units of work, since it runs inside an app server: a turn of the event loop every 10 ms, so readers wait at most
 * a slice behind it, and its job marked alive every minute, so the stale-job release never gives it to a second
 * runner while it runs.
 */
export const longJobPause = (payload: Payload, jobId: number | string) => {
  const slice = eventLoopSlices()
  const heartbeat = jobHeartbeat(payload, jobId)
  return async (): Promise<void> => {
    await slice()
    await heartbeat()
  }
}
