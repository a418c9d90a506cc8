import { lookupRequest } from '../../../../../../plugins/disclosure-requests'
import { portalPayload } from '../../../_data/payload'
import { renderPage } from '../../_data/renderState'
import { type TrackState } from '../../_data/states'
import { noticeOf, trackingKeyOf } from '../trackingKey'

/**
 * `POST /request/track/lookup`: the tracking form. Answers with the tracking page: the request's status and
 * reply when the code and the phone's last four digits match; otherwise one message that does not say which
 * was wrong (404), or a 400 / 429.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => new FormData())
  const key = trackingKeyOf(form)
  const outcome = await lookupRequest(await portalPayload(), { key, headers: request.headers })
  const state: TrackState =
    outcome.kind === 'found'
      ? { kind: 'found', request: outcome.request, phoneTail: key.phoneTail }
      : { kind: 'form', values: key, notice: noticeOf(outcome) }
  return renderPage({ path: '/request/track', state, status: outcome.kind === 'found' ? 200 : outcome.status })
}
