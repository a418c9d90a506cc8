import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { RevalidateTags } from './types'

import { invalidatePageCache, invalidateResponseCaches } from '../../src/lib/responseCache/processCaches'
import { announceInvalidation } from './invalidations/announce'

/** Where the portal's Next.js server takes signed revalidations (its own invalidation listener, over loopback). */
export const REVALIDATE_PATH = '/portal/revalidate'
export const REVALIDATE_SIGNATURE_HEADER = 'X-Gongkai-Revalidate'

/** HMAC of the body with the Payload secret: only processes that share the app's secret may expire its cache. */
export const revalidateSignature = (payload: Payload, body: string) =>
  crypto.createHmac('sha256', payload.secret).update(body).digest('hex')

/**
 * Expires the tags in this process's Next.js cache at once (`expire: 0`): the next request renders
 * fresh data. Next.js only takes this inside a request (a route handler, a server action); elsewhere
 * it throws, and false says nothing was expired. Next.js applies the expiry when the request's handler
 * has returned, so the cached portal pages are dropped again after the response (`after`): a page
 * rendered in between, from the data still cached, is never kept.
 */
export const expireTags = async (tags: string[]): Promise<boolean> => {
  try {
    const { revalidateTag } = await import('next/cache')
    const { after } = await import('next/server')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    after(invalidatePageCache)
    return true
  } catch {
    // Not inside a Next.js request (no incremental cache / work store): nothing here to expire.
    return false
  }
}

/**
 * Asks a Next.js server to expire the tags in its cache through the signed `POST /api/portal/revalidate`:
 * how the invalidation listener, which runs outside any request, reaches its own server's cache.
 */
export const postRevalidation = async (payload: Payload, serverUrl: string, tags: string[]): Promise<void> => {
  const body = JSON.stringify({ tags, at: Date.now() })
  const response = await fetch(new URL(`${payload.config.routes.api}${REVALIDATE_PATH}`, serverUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [REVALIDATE_SIGNATURE_HEADER]: revalidateSignature(payload, body) },
    body,
    signal: AbortSignal.timeout(5_000),
  })
  await response.body?.cancel()
  if (!response.ok) throw new Error(`portal revalidation answered ${response.status}`)
}

/**
 * The default: drop the tags here at once (this process's API cache, and its Next.js cache when inside
 * a request), then log them in PostgreSQL and NOTIFY every app instance (invalidations/); this one's listener
 * skips the notice when its Next.js cache was expired here already, so a publish costs no loopback request. From the seed, the CLI or a test's Local API it is the same call, with no address
 * of any server to configure.
 */
export const revalidateEverywhere: RevalidateTags = async (tags, { payload }) => {
  invalidateResponseCaches(tags)
  // Outside a request (a job's scheduled publication, the seed) Next's cache is left to this instance's listener.
  const isExpiredHere = await expireTags(tags)
  await announceInvalidation(payload, tags, { isAppliedHere: isExpiredHere })
}
