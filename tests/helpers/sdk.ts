import type { SanitizedConfig } from 'payload'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { PayloadSDK } from 'payload-rest-sdk'

import type { Config } from '../../payload-types'

/**
 * Payload's REST SDK (installed as `payload-rest-sdk`, see docs/api.md) typed with the generated types, its
 * requests answered by the route handlers Next.js serves at /api, in process: the SDK builds the URLs,
 * query strings (qs `where`), bodies and error objects exactly as it does against a server.
 */
export const sdkFor = (config: SanitizedConfig | Promise<SanitizedConfig>) => {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
  }
  const apiFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost:3000')
    const method = (init?.method ?? 'GET').toUpperCase() as keyof typeof handlers
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent)
    return handlers[method](new Request(url, init), { params: Promise.resolve({ slug }) })
  }
  return new PayloadSDK<Config>({ baseURL: 'http://localhost:3000/api', fetch: apiFetch as typeof fetch })
}
