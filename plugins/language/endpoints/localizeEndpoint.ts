import type { Endpoint, PayloadRequest } from 'payload'

import type { MessageLocalizer } from '../translators'

import { askedLanguage } from '../../../src/lib/platform/i18n/requestLanguage'
import { messageLocalizer } from '../translators'

type Body = { message?: unknown; errors?: unknown } & Record<string, unknown>

const localizeBody = (body: Body, localize: MessageLocalizer): Body => ({
  ...body,
  ...(typeof body.message === 'string' ? { message: localize(body.message) } : {}),
  ...(Array.isArray(body.errors)
    ? {
        errors: body.errors.map((entry) => {
          if (!entry || typeof entry !== 'object') return entry
          const localized = localizeBody(entry as Body, localize)
          const data = (entry as Body).data
          return data && typeof data === 'object'
            ? { ...localized, data: localizeBody(data as Body, localize) }
            : localized
        }),
      }
    : {}),
})

/** A JSON refusal an endpoint answers itself (without throwing) in the reader's language. */
const localizeResponse = async (response: Response, req: PayloadRequest): Promise<Response> => {
  if (
    response.status < 400 ||
    !askedLanguage(req) ||
    !response.headers.get('content-type')?.includes('application/json')
  )
    return response
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as Body | undefined
  if (!body || typeof body !== 'object') return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(localizeBody(body, await messageLocalizer(req))), {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

/** Custom endpoints answer their own refusals in the reader's language too; thrown errors go through `afterError`. */
export const localizeEndpoint = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => localizeResponse(await endpoint.handler(req), req),
})
