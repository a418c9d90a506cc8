import type { PayloadRequest } from 'payload'

import { RESCAN_QUEUE, RESCAN_TASK } from './defaults'

export type RescanTrigger = 'manual' | 'nightly' | 'wordList'

/**
 * Queues a rescan of everything published, in the request's transaction, unless one is already due to run
 * (a rescan that has started may have read the old list, so it does not count; nor does the nightly one, which
 * the runners queue ahead of time to wait until 02:30).
 */
export const queueRescan = async (req: PayloadRequest, trigger: RescanTrigger): Promise<void> => {
  const now = new Date().toISOString()
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: RESCAN_TASK } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now } }] },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return
  await req.payload.jobs.queue({ task: RESCAN_TASK, queue: RESCAN_QUEUE, input: { trigger }, req })
}
