import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

/** Payload's language cookie (cookiePrefix "payload"). */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin is Chinese first. Payload would otherwise follow the browser's Accept-Language, so an
 * English-language browser at a government office would open in English. A user who picks English
 * in their account settings gets the cookie set to `en`, and that choice is kept.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${LANGUAGE_COOKIE}=zh`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'zh', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
