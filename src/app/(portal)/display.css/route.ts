import type { NextRequest } from 'next/server'

import { DISPLAY_COOKIE, displayStylesheet, parseDisplayMode } from '../displayMode'

/**
 * The reader's display mode as a tiny stylesheet. The only part of a page that depends on the cookie, so
 * the pages themselves stay shared and cached; this answer is private and never cached.
 */
export function GET(request: NextRequest) {
  return new Response(displayStylesheet(parseDisplayMode(request.cookies.get(DISPLAY_COOKIE)?.value)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'private, no-cache' },
  })
}
