import fs from 'node:fs'
import { Readable } from 'node:stream'

import { replyDocument } from '../../../../../../plugins/disclosure-requests'
import { parseDocumentId } from '../../../../../lib/platform/ids'
import { portalPayload } from '../../../_data/payload'
import { renderPage } from '../../_data/renderState'
import { type TrackState } from '../../_data/states'
import { noticeOf, trackingKeyOf } from '../trackingKey'

/**
 * `POST /request/track/document`: a reply document, streamed to whoever gives the request's code and the
 * phone's last four digits (a POST, so neither lands in a URL, a log or the browser's history). The file
 * stays private in the media collection; this is its only public door, one request's files at a time.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => new FormData())
  const key = trackingKeyOf(form)
  const documentId = parseDocumentId(form.get('document'))
  const outcome =
    documentId === null
      ? ({ kind: 'notFound', status: 404 } as const)
      : await replyDocument(await portalPayload(), { key, documentId, headers: request.headers })
  if (outcome.kind !== 'file') {
    const state: TrackState = { kind: 'form', values: key, notice: noticeOf(outcome) }
    return renderPage({ path: '/request/track', state, status: outcome.status })
  }
  const { file } = outcome
  const stream = fs.createReadStream(file.path)
  const opened = await new Promise<boolean>((resolve) => {
    stream.once('open', () => resolve(true))
    stream.once('error', () => resolve(false))
  })
  if (!opened) {
    const state: TrackState = { kind: 'form', values: key, notice: '答复文书暂时无法下载，请稍后再试或联系受理机关。' }
    return renderPage({ path: '/request/track', state, status: 404 })
  }
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(file.size === null ? {} : { 'Content-Length': String(file.size) }),
    },
  })
}
