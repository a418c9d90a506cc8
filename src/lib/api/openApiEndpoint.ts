import type { Endpoint } from 'payload'

import { openApiDescription } from './openApiDescription'

let described: string | undefined

/**
 * `GET /api/openapi.json`: the REST API's OpenAPI 3.1 description, for anyone. Built once per process from the
 * running config (it changes only with a deploy).
 */
export const openApiEndpoint = (): Endpoint => ({
  path: '/openapi.json',
  method: 'get',
  handler: (req) => {
    described ??= JSON.stringify(openApiDescription(req.payload.config))
    return new Response(described, {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300' },
    })
  },
})
