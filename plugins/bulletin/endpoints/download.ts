import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import type { ExportFormat } from '../render/exportIssue'
import type { ResolvedBulletinOptions } from '../types'

import { bilingualMessage } from '../../../src/lib/platform/labels'
import { documented } from '../../../src/lib/platform/openApi'
import { printableIssue } from '../issueContent'
import { loadIssueFor } from '../loadIssue'
import { imageUrlsOf } from '../render/exportIssue'
import { exportForDownload } from '../render/frozenExports'
import { renderHtml } from '../render/html'
import { SnapshotError } from '../snapshot'
import { bulletinTag, downloadOpenApi, printOpenApi } from './openApi'

const notFound = () =>
  Response.json(
    { errors: [{ message: bilingualMessage('未找到该期公报', 'no such bulletin issue') }] },
    { status: 404 },
  )

/** Frozen issues never change, so caches may keep them; previews of drafts must not be kept. */
const cacheControl = (isFrozen: boolean) => (isFrozen ? 'public, max-age=3600' : 'private, no-store')

const printable = async (req: PayloadRequest, options: ResolvedBulletinOptions) => {
  const doc = await loadIssueFor(req, req.routeParams?.id)
  if (!doc) return null
  return printableIssue({ req, doc, publisher: options.publisher })
}

const refusal = (err: unknown) => {
  if (err instanceof SnapshotError) return Response.json({ errors: [{ message: err.message }] }, { status: 409 })
  throw err
}

const download =
  (format: ExportFormat, options: ResolvedBulletinOptions): PayloadHandler =>
  async (req) => {
    try {
      const issue = await printable(req, options)
      if (!issue) return notFound()
      const file = await exportForDownload({ req, issue, format })
      return new Response(new Uint8Array(file.data), {
        headers: {
          'Content-Type': file.mimeType,
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          'Cache-Control': cacheControl(issue.isFrozen),
          'X-Content-Hash': issue.contentHash,
          // Header values are ASCII: code points, e.g. "U+20000".
          'X-Uncovered-Characters': file.uncoveredCharacters
            .map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`)
            .join(' '),
        },
      })
    } catch (err) {
      return refusal(err)
    }
  }

const printView =
  (options: ResolvedBulletinOptions): PayloadHandler =>
  async (req) => {
    try {
      const issue = await printable(req, options)
      if (!issue) return notFound()
      const urls = await imageUrlsOf(req, issue)
      const html = renderHtml(issue, (mediaId) => urls.get(mediaId) ?? '')
      return new Response(html, {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': cacheControl(issue.isFrozen) },
      })
    } catch (err) {
      return refusal(err)
    }
  }

/**
 * `GET /api/bulletin-issues/:id/pdf`, `/docx` and `/print` (HTML with CSS paged media): published
 * issues to everyone, drafts (rendered from the documents' current published versions) to bulletin
 * staff only; anyone else gets a 404, as if the draft did not exist.
 */
export const downloadEndpoints = (options: ResolvedBulletinOptions): Endpoint[] => [
  documented({ path: '/:id/pdf', method: 'get', handler: download('pdf', options) }, downloadOpenApi('pdf')),
  documented({ path: '/:id/docx', method: 'get', handler: download('docx', options) }, downloadOpenApi('docx')),
  documented({ path: '/:id/print', method: 'get', handler: printView(options) }, printOpenApi, bulletinTag),
]
