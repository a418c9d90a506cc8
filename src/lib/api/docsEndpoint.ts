import type { Endpoint } from 'payload'

import { ANYONE, bilingualSummary, documented } from '../platform/openApi'
import { securityHeaders } from '../securityHeaders'
import { renderDocsPage } from './docsPage'
import { openApiDescription } from './openApiDescription'

let rendered: string | undefined

/**
 * `GET /api/docs`: the API reference, browsable, for anyone; rendered once per process from the same
 * description as /api/openapi.json. It sets the security headers itself too: the front answers API
 * routes without Next.js's header rules in some deployments, and a page must never go out without them.
 */
export const docsEndpoint = (): Endpoint =>
  documented(
    {
      path: '/docs',
      method: 'get',
      handler: (req) => {
        const { config } = req.payload
        rendered ??= renderDocsPage(openApiDescription(config), `${config.routes.api}/openapi.json`)
        const headers = new Headers({
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'public, max-age=300',
        })
        for (const [name, value] of securityHeaders({
          isDev: process.env.NODE_ENV === 'development',
          serverURL: config.serverURL,
        }))
          headers.set(name, value)
        return new Response(rendered, { headers })
      },
    },
    {
      operationId: 'docs',
      tags: ['api'],
      summary: bilingualSummary('接口文档（网页）', 'This reference as a web page'),
      security: ANYONE,
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } },
    },
  )
