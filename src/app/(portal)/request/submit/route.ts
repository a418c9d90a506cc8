import { submitRequest } from '../../../../../plugins/disclosure-requests'
import { portalPayload } from '../../_data/payload'
import { renderPage } from '../_data/renderState'
import { type RequestFormState, TOO_MANY } from '../_data/states'

/**
 * `POST /request/submit`: the request form (a plain HTML form, no script needed). Answers with the form page
 * itself: 201 with the tracking code, 400 with each field's error, 429 when the address sent too many.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => new FormData())
  const outcome = await submitRequest(await portalPayload(), { form, headers: request.headers })
  const render = (state: RequestFormState, status: number) => renderPage({ path: '/request', state, status })
  switch (outcome.kind) {
    case 'created':
      return render({ kind: 'created', trackingCode: outcome.trackingCode }, 201)
    case 'invalid':
      return render({ kind: 'form', errors: outcome.errors, values: outcome.values }, outcome.status)
    case 'limited':
      return render({ kind: 'form', errors: [], values: outcome.values, notice: TOO_MANY }, outcome.status)
    case 'unavailable':
      return new Response(null, { status: outcome.status })
  }
}
