import type { Endpoint, PayloadHandler } from 'payload'

import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedContentSecurityOptions, StoredFinding } from '../types'

import { bilingualMessage } from '../../../src/lib/platform/i18n/messages'
import { parseDocumentId } from '../../../src/lib/platform/ids'
import {
  bilingualSummary,
  documented,
  jsonContent,
  pathParameter,
  refusals,
  SIGNED_IN,
} from '../../../src/lib/platform/openApi'
import { refusalResponse } from '../../../src/lib/platform/refusalResponse'
import { isOffice } from '../access'
import { ACCEPT_FORBIDDEN, FINDING_NOT_FOUND, FINDINGS_SLUG, REASON_REQUIRED } from '../defaults'
import { ContentSecurityError } from '../errors'

const NOT_OPEN = bilingualMessage(
  '只能认定待处理的检查结果',
  'only an open finding can be accepted as a false positive',
)

const accept =
  (options: ResolvedContentSecurityOptions): PayloadHandler =>
  async (req) => {
    try {
      if (!req.user) throw new ContentSecurityError({ status: 401, message: ACCEPT_FORBIDDEN })
      if (!isOffice(options, req.user)) throw new ContentSecurityError({ status: 403, message: ACCEPT_FORBIDDEN })
      await addDataAndFileToRequest(req)
      const reason = (req.data as Record<string, unknown> | undefined)?.reason
      if (typeof reason !== 'string' || reason.trim() === '') {
        throw new ContentSecurityError({ status: 400, field: 'reason', message: REASON_REQUIRED })
      }
      const id = parseDocumentId(req.routeParams?.id)
      if (id === null) throw new ContentSecurityError({ status: 404, message: FINDING_NOT_FOUND })
      const shouldCommit = await initTransaction(req)
      try {
        const found = await req.payload.findByID({
          collection: FINDINGS_SLUG,
          id,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
        if (!found) throw new ContentSecurityError({ status: 404, message: FINDING_NOT_FOUND })
        if (found.status !== 'open') throw new ContentSecurityError({ status: 409, message: NOT_OPEN })
        const finding = await req.payload.update({
          collection: FINDINGS_SLUG,
          id,
          data: {
            status: 'accepted',
            acceptedBy: req.user.id as number,
            acceptedAt: new Date().toISOString(),
            reason: reason.trim(),
          },
          depth: 0,
          overrideAccess: true,
          req,
        })
        await options.onFindingAccepted?.({ req, finding: finding as StoredFinding, reason: reason.trim() })
        if (shouldCommit) await commitTransaction(req)
        return Response.json({ doc: finding })
      } catch (err) {
        if (shouldCommit) await killTransaction(req)
        throw err
      }
    } catch (err) {
      return refusalResponse(err)
    }
  }

/** `POST /api/content-findings/:id/accept` with `{ reason }`: the disclosure office accepts a false positive. */
export const acceptFindingEndpoint = (options: ResolvedContentSecurityOptions): Endpoint =>
  documented(
    { path: '/:id/accept', method: 'post', handler: accept(options) },
    {
      operationId: 'content-findings-accept',
      summary: bilingualSummary('认定检查结果为误报', 'Accept a finding as a false positive'),
      description:
        'The disclosure office (and admins) only. The reason is required and goes into the workflow audit log; the ' +
        'finding then no longer blocks publication. / 仅公开办和管理员；理由必填，记入审核记录。',
      parameters: [pathParameter('id', 'The finding id / 检查结果 ID')],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { reason: { type: 'string', minLength: 1 } },
              required: ['reason'],
            },
          },
        },
      },
      responses: {
        200: jsonContent(
          { type: 'object', properties: { doc: { $ref: '#/components/schemas/content-findings' } } },
          'The finding, accepted',
        ),
        ...refusals({
          400: 'No reason given',
          401: 'Not signed in',
          403: 'Not the disclosure office',
          404: 'No such finding',
          409: 'The finding is not open',
        }),
      },
      security: SIGNED_IN,
    },
  )
