import type { Endpoint, PayloadHandler } from 'payload'

import type { StoredReport } from '../render/printableReport'
import type { ResolvedAnnualReportOptions } from '../types'

import { parseDocumentId } from '../../../src/lib/platform/ids'
import { documented } from '../../../src/lib/platform/openApi'
import { renderDocumentDocx, renderDocumentPdf } from '../../bulletin'
import { ANNUAL_REPORTS_SLUG, REPORT_NOT_FOUND } from '../defaults'
import { printableReport } from '../render/printableReport'
import { downloadOpenApi } from './openApi'

type Format = 'pdf' | 'docx'

const MIME: Record<Format, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

const notFound = () => Response.json({ errors: [{ message: REPORT_NOT_FOUND }] }, { status: 404 })

const download =
  (format: Format, options: ResolvedAnnualReportOptions): PayloadHandler =>
  async (req) => {
    const id = parseDocumentId(req.routeParams?.id)
    if (id === null) return notFound()
    // The caller's own access: anonymous readers get the published version or nothing, staff their drafts.
    const report = await req.payload.findByID({
      collection: ANNUAL_REPORTS_SLUG,
      id,
      depth: 1,
      draft: Boolean(req.user),
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })
    if (!report?.snapshot) return notFound()
    const printable = printableReport(report as unknown as StoredReport, options.timeZone)
    const data = format === 'pdf' ? (await renderDocumentPdf(printable)).pdf : await renderDocumentDocx(printable)
    const filename = `${printable.title}.${format}`
    return new Response(new Uint8Array(data), {
      headers: {
        'Content-Type': MIME[format],
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
        // Drafts change and are not public: never kept by a shared cache.
        'Cache-Control': report._status === 'published' ? 'public, max-age=300' : 'private, no-store',
      },
    })
  }

/** `GET /api/annual-reports/:id/pdf` and `/docx`: the report in the national layout through the bulletin's renderers. */
export const downloadEndpoints = (options: ResolvedAnnualReportOptions): Endpoint[] => [
  documented({ path: '/:id/pdf', method: 'get', handler: download('pdf', options) }, downloadOpenApi('pdf')),
  documented({ path: '/:id/docx', method: 'get', handler: download('docx', options) }, downloadOpenApi('docx')),
]
