import type { Endpoint } from 'payload'

import { bilingualMessage } from '../../../src/lib/platform/labels'
import { documented } from '../../../src/lib/platform/openApi'
import { isListed } from '../../../src/lib/platform/slugs'
import { canEditBulletin } from '../access'
import { EXPORT_TASK, EXPORTS_SLUG } from '../defaults'
import { loadIssueFor } from '../loadIssue'
import { exportOpenApi } from './openApi'

const FORMATS = ['pdf', 'docx'] as const

/**
 * `POST /api/bulletin-issues/:id/export` with `{ format: 'pdf' | 'docx' }`: creates the export record,
 * queues the task and starts it at once in this process; the record shows progress and then the file.
 */
export const startExportEndpoint = (): Endpoint =>
  documented(
    {
      path: '/:id/export',
      method: 'post',
      handler: async (req) => {
        if (!canEditBulletin(req.user)) {
          return Response.json(
            {
              errors: [{ message: bilingualMessage('仅公报编辑可以导出', 'only bulletin staff may start an export') }],
            },
            { status: 403 },
          )
        }
        const body = (await req.json?.().catch(() => ({}))) as { format?: unknown } | undefined
        const format = body?.format
        if (typeof format !== 'string' || !isListed(FORMATS, format)) {
          return Response.json(
            {
              errors: [
                { message: bilingualMessage('format 须为 pdf 或 docx', 'format must be pdf or docx'), field: 'format' },
              ],
            },
            { status: 400 },
          )
        }
        const issue = await loadIssueFor(req, req.routeParams?.id)
        if (!issue)
          return Response.json(
            { errors: [{ message: bilingualMessage('未找到该期公报', 'no such bulletin issue') }] },
            { status: 404 },
          )
        const record = await req.payload.create({
          collection: EXPORTS_SLUG,
          data: { issue: issue.id, format, status: 'queued', progress: 0 },
          overrideAccess: true,
          depth: 0,
        })
        const job = await req.payload.jobs.queue({
          task: EXPORT_TASK,
          input: { exportId: String(record.id) },
        })
        // Not awaited: a 150-page export must not hold the request; the jobs runner would also pick it up.
        void req.payload.jobs
          .runByID({ id: job.id })
          .catch((err: unknown) => req.payload.logger.error({ msg: 'bulletin export failed', err }))
        return Response.json({ exportId: record.id, jobId: job.id, status: 'queued' }, { status: 202 })
      },
    },
    exportOpenApi,
  )
