import { REST_GET } from '@payloadcms/next/routes'

import { config } from './config'

const get = REST_GET(config)

/** GET through the real route handler, keeping the body as bytes (the shared `rest` helper reads text). */
export const download = async (path: string, token?: string) => {
  const url = new URL(`http://localhost:3000/api${path}`)
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)
  const response = await get(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}
