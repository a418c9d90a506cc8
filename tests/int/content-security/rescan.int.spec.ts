import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createOffice, importItem } from './setup'

let payload: Payload
let office: Office

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
})

const queuedRescans = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: {
        taskSlug: { equals: 'contentSecurityRescan' },
        completedAt: { exists: false },
        processing: { equals: false },
        // Not the nightly one, which the app's runners queue ahead of time to wait until 02:30.
        or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }],
      },
    })
  ).totalDocs

/**
 * Runs the queue until `isDone` holds. Suites running beside this one change the word list too (and queue
 * rescans of their own), and the app's runners of another test process may take a rescan first, so a single
 * run is not enough to know this test's change has been scanned.
 */
const rescanUntil = async (isDone: () => Promise<boolean>) => {
  for (let attempt = 0; attempt < 300; attempt++) {
    await payload.jobs.run({ queue: 'content-security', limit: 10 })
    if (await isDone()) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  // What the rescans are doing, so a failure says whether they never ran, still run elsewhere, or failed.
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'contentSecurityRescan' } },
    sort: '-createdAt',
    limit: 5,
    depth: 0,
  })
  const states = jobs.map((job) => ({
    createdAt: job.createdAt,
    waitUntil: job.waitUntil,
    processing: job.processing,
    completedAt: job.completedAt,
    hasError: job.hasError,
    error: job.error,
  }))
  throw new Error(`the rescan did not happen in 150 s; the latest rescans: ${JSON.stringify(states)}`)
}

describe('the rescan of everything published', () => {
  // Long: in the full suite the rescan reads every published document of the run, and an app server's runner may take it.
  it(
    'should be queued once by changes to the word list, and report the published document with a new word',
    { timeout: 240_000 },
    async () => {
      // Drain rescans other suites queued, so the one below is this test's.
      await payload.jobs.run({ queue: 'content-security', limit: 10 })
      const term = unique('新品牌').replace('-', '')
      const published = await importItem(payload, office, `本市举办${term}推广活动的通报。`)
      const clean = await importItem(payload, office, '本市举办农产品推广活动的通报。')

      // Before the change that queues it: an app server's runner may start the rescan at once.
      const started = new Date().toISOString()
      const word = await payload.create({
        collection: 'sensitive-words',
        data: { term, severity: 'block', category: 'gambling' },
        depth: 0,
      })
      await payload.update({ collection: 'sensitive-words', id: word.id, data: { note: '新发现的品牌' }, depth: 0 })
      expect(await queuedRescans()).toBeLessThanOrEqual(1)

      const reportsSince = async () =>
        (
          await payload.find({
            collection: 'content-security-scans',
            where: { startedAt: { greater_than_equal: started }, finishedAt: { exists: true } },
            sort: 'startedAt',
            depth: 0,
          })
        ).docs
      await rescanUntil(async () => (await reportsSince()).length > 0)
      const [report] = await reportsSince()
      expect(report!.trigger).toBe('wordList')
      expect(report!.finishedAt).toBeTruthy()
      expect(report!.documentsScanned).toBeGreaterThanOrEqual(2)
      expect(report!.blocked).toContainEqual(
        expect.objectContaining({
          documentCollection: 'disclosure-items',
          documentId: String(published.id),
          matches: term,
        }),
      )
      expect(report!.blocked?.some((entry) => entry.documentId === String(clean.id))).toBe(false)
      expect(
        (report!.findingsByCheck as Record<string, Record<string, number>>).sensitiveWord?.block,
      ).toBeGreaterThanOrEqual(1)

      const { docs: findings } = await payload.find({
        collection: 'content-findings',
        where: { documentId: { equals: String(published.id) }, match: { equals: term } },
        depth: 0,
      })
      expect(findings[0]).toMatchObject({ status: 'open', source: 'rescan', severity: 'block' })
    },
  )

  it('should resolve the findings of a word taken off the list at the next rescan', { timeout: 240_000 }, async () => {
    const term = unique('旧品牌').replace('-', '')
    const word = await payload.create({
      collection: 'sensitive-words',
      data: { term, severity: 'warn', category: 'other' },
      depth: 0,
    })
    const published = await importItem(payload, office, `${term}的说明。`)
    const findingOf = async () =>
      (
        await payload.find({
          collection: 'content-findings',
          where: { documentId: { equals: String(published.id) }, match: { equals: term } },
          depth: 0,
        })
      ).docs[0]
    expect((await findingOf())?.status).toBe('open')
    await payload.delete({ collection: 'sensitive-words', id: word.id })
    await rescanUntil(async () => (await findingOf())?.status === 'resolved')
    expect((await findingOf())?.status).toBe('resolved')
  })

  it('should queue a rescan due now even while the nightly one waits for 02:30', async () => {
    // What the app's runners do with the schedule: queue tonight's rescan ahead of time.
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
    const nightly = await payload.jobs.queue({
      task: 'contentSecurityRescan',
      queue: 'content-security',
      input: { trigger: 'nightly' },
      waitUntil: tomorrow,
    })
    try {
      await payload.jobs.run({ queue: 'content-security', limit: 10 })
      expect(await queuedRescans()).toBe(0)
      await payload.create({
        collection: 'sensitive-words',
        data: { term: unique('夜间品牌').replace('-', ''), severity: 'warn', category: 'other' },
        depth: 0,
      })
      expect(await queuedRescans()).toBe(1)
    } finally {
      await payload.delete({ collection: 'payload-jobs', id: nightly.id })
    }
  })

  it('should be queued nightly and run by the app’s runners, which take its queue with the others', () => {
    const { jobs } = payload.config
    const task = jobs.tasks?.find((candidate) => candidate.slug === 'contentSecurityRescan')
    expect(task?.schedule).toEqual([{ cron: '0 30 2 * * *', queue: 'content-security' }])
    expect(Array.isArray(jobs.autoRun) && jobs.autoRun.map((runner) => runner.queue)).toEqual(
      expect.arrayContaining(['workflow', 'content-security']),
    )
  })
})
