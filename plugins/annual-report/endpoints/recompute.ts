import type { Endpoint, PayloadHandler } from 'payload'

import { APIError } from 'payload'

import type { ResolvedAnnualReportOptions } from '../types'

import { parseDocumentId, relationId } from '../../../src/lib/platform/ids'
import { InputRefused } from '../../../src/lib/platform/input/inputRefused'
import { documented } from '../../../src/lib/platform/openApi'
import { refusalResponse } from '../../../src/lib/platform/refusalResponse'
import { balanceMessage } from '../balanceMessage'
import { ANNUAL_REPORTS_SLUG, RECOMPUTE_FORBIDDEN, RECOMPUTE_PUBLISHED, REPORT_NOT_FOUND } from '../defaults'
import { computeSnapshot } from '../snapshot'
import { balanceProblem } from '../tables/balance'
import { recomputeOpenApi } from './openApi'

const recompute =
  (options: ResolvedAnnualReportOptions): PayloadHandler =>
  async (req) => {
    try {
      if (!req.user) throw new APIError(RECOMPUTE_FORBIDDEN, 401, undefined, true)
      const id = parseDocumentId(req.routeParams?.id)
      const report =
        id === null
          ? null
          : await req.payload.findByID({
              collection: ANNUAL_REPORTS_SLUG,
              id,
              depth: 0,
              draft: true,
              overrideAccess: false,
              user: req.user,
              disableErrors: true,
              req,
            })
      if (!report || id === null) throw new APIError(REPORT_NOT_FOUND, 404, undefined, true)
      if (report._status === 'published') throw new APIError(RECOMPUTE_PUBLISHED, 409, undefined, true)
      const snapshot = await computeSnapshot({
        req,
        scope: {
          year: report.year,
          institution: relationId(report.institution)!,
          includesSubordinates: report.includesSubordinates === true,
        },
        options,
      })
      const problem = balanceProblem(snapshot.table3)
      if (problem) throw new InputRefused([{ path: 'snapshot', message: balanceMessage(problem) }])
      // Access is the collection's: those who may not edit the report get Payload's 403.
      const doc = await req.payload.update({
        collection: ANNUAL_REPORTS_SLUG,
        id,
        data: { snapshot },
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return Response.json({ doc })
    } catch (err) {
      return refusalResponse(err)
    }
  }

/** `POST /api/annual-reports/:id/recompute`: tables 二 and 三 computed again from today's data, while a draft. */
export const recomputeEndpoint = (options: ResolvedAnnualReportOptions): Endpoint =>
  documented({ path: '/:id/recompute', method: 'post', handler: recompute(options) }, recomputeOpenApi)
