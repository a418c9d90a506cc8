import type { DataFromCollectionSlug, TaskConfig } from 'payload'

import type { ResolvedBulletinOptions } from '../types'

import { EXPORT_TASK, EXPORTS_SLUG, ISSUES_SLUG } from '../defaults'
import { printableIssue } from '../issueContent'
import { exportIssue } from '../render/exportIssue'

/** Progress is written at most this often (in percent), not on every entry. */
const PROGRESS_STEP = 10

/**
 * Renders an issue (PDF or DOCX) into its `bulletin-exports` record: progress while it runs, then the
 * file, the issue's content hash and any characters no font covers. The record says why if it fails.
 */
type ExportRecord = DataFromCollectionSlug<typeof EXPORTS_SLUG>

export const exportTask = (options: ResolvedBulletinOptions): TaskConfig<typeof EXPORT_TASK> => ({
  slug: EXPORT_TASK,
  label: '导出公报 / Export a bulletin issue',
  retries: 0,
  inputSchema: [{ name: 'exportId', type: 'text', required: true }],
  outputSchema: [{ name: 'filesize', type: 'number' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const { exportId } = input
    const setRecord = (data: Partial<Pick<ExportRecord, 'error' | 'progress' | 'status'>>) =>
      payload.update({
        collection: EXPORTS_SLUG,
        id: exportId,
        data,
        overrideAccess: true,
        depth: 0,
      })
    try {
      const record = await payload.findByID({
        collection: EXPORTS_SLUG,
        id: exportId,
        depth: 0,
        overrideAccess: true,
      })
      await setRecord({ status: 'running', progress: 0, error: null })
      const doc = await payload.findByID({
        collection: ISSUES_SLUG,
        // depth 0: the issue's id, never the issue itself
        id: typeof record.issue === 'object' ? record.issue.id : record.issue,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })
      const issue = await printableIssue({ req, doc, publisher: options.publisher })
      let reported = 0
      const file = await exportIssue({
        req,
        issue,
        format: record.format,
        onProgress: (fraction) => {
          const percent = Math.floor((fraction * 100) / PROGRESS_STEP) * PROGRESS_STEP
          // The renderer is synchronous between entries; the write goes out when it yields.
          if (percent > reported && percent < 100) {
            reported = percent
            void setRecord({ progress: percent }).catch(() => undefined)
          }
        },
      })
      await payload.update({
        collection: EXPORTS_SLUG,
        id: exportId,
        data: {
          status: 'done',
          progress: 100,
          contentHash: issue.contentHash,
          uncoveredCharacters: file.uncoveredCharacters.join(''),
        },
        file: { data: file.data, mimetype: file.mimeType, name: file.filename, size: file.data.length },
        overrideAccess: true,
        depth: 0,
      })
      return { output: { filesize: file.data.length } }
    } catch (err) {
      await setRecord({ status: 'failed', error: err instanceof Error ? err.message : String(err) })
      throw err
    }
  },
})
