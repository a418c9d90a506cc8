import type { Endpoint } from 'payload'

import { bilingualMessage } from '../../../src/lib/platform/i18n/messages'
import { bilingualSummary, documented, jsonContent, refusals, SIGNED_IN } from '../../../src/lib/platform/openApi'
import { hasRole } from '../../../src/lib/platform/roles'
import { BACKFILL_TASK, SETTINGS_SLUG } from '../defaults'

/**
 * `POST /api/catalogue/backfill`: queues the backfill task and starts it at once in this process;
 * progress appears in the settings global. Disclosure office and admins only.
 */
export const startBackfillEndpoint = (): Endpoint =>
  documented(
    {
      path: '/catalogue/backfill',
      method: 'post',
      handler: async (req) => {
        if (!hasRole(req.user, 'admin', 'disclosure-office')) {
          return Response.json(
            {
              errors: [
                {
                  message: bilingualMessage(
                    '仅公开办和管理员可以补发索引号',
                    'only the disclosure office may start a backfill',
                  ),
                },
              ],
            },
            { status: 403 },
          )
        }
        const job = await req.payload.jobs.queue({ task: BACKFILL_TASK, input: {} })
        await req.payload.updateGlobal({
          slug: SETTINGS_SLUG,
          data: { backfill: { status: 'queued', done: 0, total: 0, error: null } },
          overrideAccess: true,
        })
        // Not awaited: a long backfill must not hold the request; the jobs runner would also pick it up.
        void req.payload.jobs
          .runByID({ id: job.id })
          .catch((err: unknown) => req.payload.logger.error({ msg: 'catalogue backfill failed', err }))
        return Response.json({ jobId: job.id, status: 'queued' }, { status: 202 })
      },
    },
    {
      operationId: 'catalogue-backfill',
      tags: ['catalogue'],
      summary: bilingualSummary('补发索引号', 'Start numbering the unnumbered published documents'),
      description: 'Progress appears in the catalogue settings global. / 进度见索引号设置。',
      security: SIGNED_IN,
      responses: {
        202: jsonContent(
          {
            type: 'object',
            properties: { jobId: { type: ['integer', 'string'] }, status: { const: 'queued' } },
            required: ['jobId', 'status'],
          },
          'Queued / 已排队',
        ),
        ...refusals({ 403: 'Disclosure office and admins only / 仅公开办和管理员' }),
      },
    },
  )
