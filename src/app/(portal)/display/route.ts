import type { NextRequest } from 'next/server'

import { applyQuery, DISPLAY_COOKIE, parseDisplayMode, serializeDisplayMode } from '../displayMode'

/** Where to send the reader back to: the page they came from on this site, else home. */
const backTo = (request: NextRequest): string => {
  const referer = request.headers.get('referer')
  if (!referer) return '/'
  try {
    const url = new URL(referer)
    return url.host === request.headers.get('host') ? `${url.pathname}${url.search}` : '/'
  } catch {
    return '/'
  }
}

/** `GET /display?text=large|normal&contrast=high|normal`: remembers the choice for a year, then goes back. */
export function GET(request: NextRequest) {
  const mode = applyQuery(parseDisplayMode(request.cookies.get(DISPLAY_COOKIE)?.value), request.nextUrl.searchParams)
  const response = new Response(null, {
    status: 303,
    headers: { Location: backTo(request), 'Cache-Control': 'no-store' },
  })
  response.headers.append(
    'Set-Cookie',
    `${DISPLAY_COOKIE}=${serializeDisplayMode(mode)}; Path=/; Max-Age=31536000; SameSite=Lax`,
  )
  return response
}
