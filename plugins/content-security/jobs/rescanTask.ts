import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'

import type { FindingSeverity } from '../findings'
import type { RescanTrigger } from '../queueRescan'
import type { ResolvedContentSecurityOptions, ResolvedScannedCollection } from '../types'

import { relationId } from '../../../src/lib/platform/ids'
import { longJobPause } from '../../../src/lib/platform/longJobPause'
import { isCollectionSlug } from '../../../src/lib/platform/slugs'
import { FINDINGS_SLUG, RESCAN_QUEUE, RESCAN_TASK, SCANS_SLUG } from '../defaults'
import { type AttachmentTextCache, scanDocument } from '../scanDocument'
import { loadScanState, loadStoredStates } from '../scanState'
import { isUnchanged, syncFindings } from '../syncFindings'

type Doc = Record<string, unknown> & { id: number }
type Counts = Record<string, Partial<Record<FindingSeverity, number>>>
type Blocked = { documentCollection: string; documentId: string; title: string; matches: string }

/**
 * The published documents of one collection in keyset batches (id after the last), each scanned; only documents
 * whose findings changed are written (a nightly rescan of a large catalogue is mostly reads). Their `lastSeen`
 * therefore stays the day the finding last changed, not the last rescan.
 */
const rescanCollection = async ({
  req,
  collection,
  scanned,
  options,
  counts,
  blocked,
  pause,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  scanned: ResolvedScannedCollection
  options: ResolvedContentSecurityOptions
  counts: Counts
  blocked: Blocked[]
  /** Between documents: lets the server answer requests, and keeps the job marked alive. */
  pause: () => Promise<void>
}): Promise<number> => {
  const { rules } = await loadScanState(req, options)
  const attachmentTexts: AttachmentTextCache = new Map()
  const titleField = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
  let last = 0
  let scannedCount = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, { id: { greater_than: last } }] },
      sort: 'id',
      limit: options.rescanBatchSize,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) return scannedCount
    const storedStates = await loadStoredStates(
      req,
      collection,
      docs.map((doc) => doc.id),
    )
    for (const doc of docs as unknown as Doc[]) {
      await pause()
      const findings = await scanDocument({ req, collection, doc, scanned, rules, attachmentTexts })
      for (const finding of findings) {
        const byCheck = (counts[finding.check] ??= {})
        byCheck[finding.severity] = (byCheck[finding.severity] ?? 0) + 1
      }
      if (isUnchanged(findings, storedStates.get(String(doc.id)) ?? [])) continue
      await syncFindings({
        req,
        document: { collection, id: doc.id },
        institution: relationId(doc[scanned.institutionField]),
        findings,
        source: 'rescan',
      })
    }
    const { docs: open } = await req.payload.find({
      collection: FINDINGS_SLUG,
      where: {
        documentCollection: { equals: collection },
        documentId: { in: docs.map((doc) => String(doc.id)) },
        status: { equals: 'open' },
        severity: { equals: 'block' },
      },
      sort: 'id',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as Doc[]) {
      const matches = open.filter((finding) => finding.documentId === String(doc.id)).map((finding) => finding.match)
      if (matches.length > 0) {
        blocked.push({
          documentCollection: collection,
          documentId: String(doc.id),
          title: String(doc[titleField] ?? ''),
          matches: [...new Set(matches)].join('、'),
        })
      }
    }
    scannedCount += docs.length
    last = docs.at(-1)!.id as number
  }
}

/**
 * Rescans every published document of the scanned collections against the current rules, stores the findings
 * (source `rescan`) and writes a report to `content-security-scans`. Queued after the word list changes and nightly.
 */
export const rescanTask = (options: ResolvedContentSecurityOptions): TaskConfig => ({
  slug: RESCAN_TASK,
  label: '内容安全重新检查 / Content security rescan',
  retries: 1,
  inputSchema: [
    {
      name: 'trigger',
      type: 'select',
      options: ['wordList', 'nightly', 'manual'],
    },
  ],
  outputSchema: [{ name: 'report', type: 'number' }],
  // Kept when disabled, like the task, so the schema stays the same (a schedule adds Payload's job statistics); only a
  // runner of the queue queues it, and a disabled plugin adds none.
  ...(options.nightlyCron === false ? {} : { schedule: [{ cron: options.nightlyCron, queue: RESCAN_QUEUE }] }),
  handler: async ({ input, job, req }) => {
    if (options.disabled) return { output: {} }
    const trigger: RescanTrigger = (input as { trigger?: null | RescanTrigger }).trigger ?? 'nightly'
    const startedAt = new Date().toISOString()
    const counts: Counts = {}
    const blocked: Blocked[] = []
    let documentsScanned = 0
    const pause = longJobPause(req.payload, job.id)
    for (const [slug, scanned] of Object.entries(options.collections)) {
      if (!scanned || !isCollectionSlug(req.payload, slug)) continue
      documentsScanned += await rescanCollection({
        req,
        collection: slug,
        scanned,
        options,
        counts,
        blocked,
        pause,
      })
    }
    const report = await req.payload.create({
      collection: SCANS_SLUG,
      data: {
        startedAt,
        finishedAt: new Date().toISOString(),
        trigger,
        documentsScanned,
        findingsByCheck: counts,
        blockedCount: blocked.length,
        blocked,
      },
      overrideAccess: true,
      req,
    })
    return { output: { report: report.id } }
  },
})
