import type { CollectionSlug, DataFromGlobalSlug, Payload, TaskConfig } from 'payload'

import type { ResolvedNumberingOptions } from '../types'

import { BACKFILL_CONTEXT_KEY, BACKFILL_TASK, SETTINGS_SLUG } from '../defaults'

type Pending = { collection: CollectionSlug; id: number | string; firstPublishedAt: string }

const PROGRESS_EVERY = 10

type Progress = NonNullable<DataFromGlobalSlug<typeof SETTINGS_SLUG>['backfill']>

const setProgress = (payload: Payload, backfill: Progress) =>
  payload.updateGlobal({ slug: SETTINGS_SLUG, data: { backfill }, overrideAccess: true })

/** When a document was first published: its oldest published version, or its creation. */
const firstPublishedAt = async (
  payload: Payload,
  collection: CollectionSlug,
  doc: { id: number | string; createdAt: string },
) => {
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.createdAt ?? doc.createdAt
}

/**
 * Numbers the documents published before numbering was enabled, in the order they were first
 * published, each with the year of its first publication. Safe to run again: numbered ones are skipped.
 */
export const backfillTask = (options: ResolvedNumberingOptions): TaskConfig<typeof BACKFILL_TASK> => ({
  slug: BACKFILL_TASK,
  label: '补发索引号 / Backfill index numbers',
  retries: 0,
  inputSchema: [],
  outputSchema: [{ name: 'numbered', type: 'number' }],
  handler: async ({ req }) => {
    const { payload } = req
    try {
      const pending: Pending[] = []
      for (const collection of options.collections) {
        const { docs } = await payload.find({
          collection,
          where: { and: [{ _status: { equals: 'published' } }, { indexNumber: { exists: false } }] },
          limit: 0,
          depth: 0,
          overrideAccess: true,
          select: { createdAt: true },
        })
        for (const doc of docs as Array<{ id: number | string; createdAt: string }>) {
          pending.push({ collection, id: doc.id, firstPublishedAt: await firstPublishedAt(payload, collection, doc) })
        }
      }
      pending.sort(
        (a, b) => a.firstPublishedAt.localeCompare(b.firstPublishedAt) || String(a.id).localeCompare(String(b.id)),
      )
      await setProgress(payload, { status: 'running', done: 0, total: pending.length, error: null })

      for (const [index, item] of pending.entries()) {
        // Each in its own transaction: one bad document does not undo the numbers already given.
        await payload.update({
          collection: item.collection,
          id: item.id,
          data: {},
          overrideAccess: true,
          depth: 0,
          context: { [BACKFILL_CONTEXT_KEY]: item.firstPublishedAt },
        })
        if ((index + 1) % PROGRESS_EVERY === 0)
          await setProgress(payload, { status: 'running', done: index + 1, total: pending.length })
      }
      await setProgress(payload, {
        status: 'done',
        done: pending.length,
        total: pending.length,
        finishedAt: new Date().toISOString(),
      })
      return { output: { numbered: pending.length } }
    } catch (err) {
      await setProgress(payload, { status: 'failed', error: err instanceof Error ? err.message : String(err) })
      throw err
    }
  },
})
