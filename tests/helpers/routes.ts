import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

type RequestOptions = {
  /** JSON body, or FormData for uploads. */
  body?: unknown
  /** A body sent as is (Content-Type JSON), for malformed JSON. */
  rawBody?: string
  token?: string
  headers?: Record<string, string>
}

const buildHeaders = ({ body, rawBody, token, headers }: RequestOptions) => {
  const result = new Headers(headers)
  if (token) result.set('Authorization', `JWT ${token}`)
  if ((body !== undefined && !(body instanceof FormData)) || rawBody !== undefined)
    result.set('Content-Type', 'application/json')
  return result
}

/**
 * The route handlers Next.js serves at /api for `config`, called in process: real HTTP semantics (status codes,
 * access, parsing) without starting a server.
 */
export const routesFor = (config: SanitizedConfig | Promise<SanitizedConfig>) => {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)

  const rest = async (method: keyof typeof handlers, path: string, options: RequestOptions = {}) => {
    const url = new URL(`http://localhost:3000/api${path}`)
    const request = new Request(url, {
      method,
      headers: buildHeaders(options),
      body:
        options.rawBody !== undefined
          ? options.rawBody
          : options.body === undefined
            ? undefined
            : options.body instanceof FormData
              ? options.body
              : JSON.stringify(options.body),
    })
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent)
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let json: any
    try {
      json = text ? JSON.parse(text) : undefined
    } catch {
      json = undefined
    }
    return { status: response.status, json, text, headers: response.headers }
  }

  const graphql = async (
    query: string,
    options: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) => {
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: buildHeaders({ token: options.token, body: {}, headers: options.headers }),
      body: JSON.stringify({ query, variables: options.variables }),
    })
    const response = await graphqlHandler(request)
    return {
      status: response.status,
      json: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> },
    }
  }

  return { rest, graphql }
}
