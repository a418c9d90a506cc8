import type { TaskConfig } from 'payload'

import type { IssueDoc } from '../issueContent'
import type { ExportFormat } from '../render/exportIssue'
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
export const exportTask = (options: ResolvedBulletinOptions): TaskConfig => ({
  slug: EXPORT_TASK,
  label: '导出公报 / Export a bulletin issue',
  retries: 0,
  inputSchema: [{ name: 'exportId', type: 'text', required: true }],
  outputSchema: [{ name: 'filesize', type: 'number' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const exportId = (input as { exportId: string }).exportId
    const setRecord = (data: Record<string, unknown>) =>
      payload.update({
        collection: EXPORTS_SLUG as never,
        id: exportId,
        data: data as never,
        overrideAccess: true,
        depth: 0,
      })
    try {
      const record = (await payload.findByID({
        collection: EXPORTS_SLUG as never,
        id: exportId,
        depth: 0,
        overrideAccess: true,
      })) as {
        issue: number | string
        format: ExportFormat
      }
      await setRecord({ status: 'running', progress: 0, error: null })
      const doc = (await payload.findByID({
        collection: ISSUES_SLUG as never,
        id: record.issue,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })) as IssueDoc
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
        collection: EXPORTS_SLUG as never,
        id: exportId,
        data: {
          status: 'done',
          progress: 100,
          contentHash: issue.contentHash,
          uncoveredCharacters: file.uncoveredCharacters.join(''),
        } as never,
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
