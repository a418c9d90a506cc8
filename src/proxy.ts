import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

import { malformedJsonParams, malformedQueryResponse } from './lib/api/malformedQuery'

/** Payload's language cookie (cookiePrefix "payload"). */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Two jobs in front of the app:
 * - The admin is Chinese first. Payload would otherwise follow the browser's Accept-Language, so an
 *   English-language browser at a government office would open in English. A user who picks English
 *   in their account settings gets the cookie set to `en`, and that choice is kept.
 * - API requests with `?where=` or `?data=` as one string get a 400 when it is not JSON (see guardApi).
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) return guardApi(request)
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${LANGUAGE_COOKIE}=zh`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'zh', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

/** Bad input is a 400 naming the parameter, also where Payload's handler would fail before any hook runs. */
const guardApi = (request: NextRequest) => {
  const errors = malformedJsonParams(request.nextUrl.searchParams)
  return errors.length > 0 ? malformedQueryResponse(errors) : NextResponse.next()
}

/**
 * Only API requests that carry the parameters: Next.js buffers the body of every request a proxy sees and
 * cuts it at 10 MB, and uploads (up to 50 MB) must never pass through here.
 */
export const config = {
  matcher: [
    '/admin/:path*',
    { source: '/api/:path*', has: [{ type: 'query', key: 'where' }] },
    { source: '/api/:path*', has: [{ type: 'query', key: 'data' }] },
  ],
}
