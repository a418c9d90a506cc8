import type { Endpoint } from 'payload'

import { ANYONE, bilingualSummary, documented, jsonContent } from '../platform/openApi'
import { openApiDescription } from './openApiDescription'

let described: string | undefined

/** The description, built once per process from the running config (it changes only with a deploy). */
export const describedApi = (config: Parameters<typeof openApiDescription>[0]) =>
  (described ??= JSON.stringify(openApiDescription(config)))

/** `GET /api/openapi.json`: the REST API's OpenAPI 3.1 description, for anyone. */
export const openApiEndpoint = (): Endpoint =>
  documented(
    {
      path: '/openapi.json',
      method: 'get',
      handler: (req) =>
        new Response(describedApi(req.payload.config), {
          headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300' },
        }),
    },
    {
      operationId: 'openapi',
      tags: ['api'],
      summary: bilingualSummary('接口描述（OpenAPI 3.1）', 'This description (OpenAPI 3.1)'),
      security: ANYONE,
      responses: {
        200: jsonContent({ type: 'object', properties: { openapi: { const: '3.1.0' } }, required: ['openapi'] }),
      },
    },
  )
