import type { IncomingHttpHeaders } from 'node:http'

/** What the checks read of a request's headers: a `Headers`, or the front server's view of a Node.js request. */
export type HeadersLike = { get: (name: string) => string | null; has: (name: string) => boolean }

/** A Node.js request's headers seen as `HeadersLike` (the front server reads them before Next.js builds a `Request`). */
export const headersOfNode = (headers: IncomingHttpHeaders): HeadersLike => ({
  get: (name) => {
    const value = headers[name.toLowerCase()]
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
  },
  has: (name) => headers[name.toLowerCase()] !== undefined,
})

/** The names and values of a request's cookies. */
export const cookiesOf = (headers: HeadersLike): Map<string, string> => {
  const cookies = new Map<string, string>()
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim())
  }
  return cookies
}

/**
 * Whether a request carries credentials of any kind: an `Authorization` header (a session token, an API key)
 * or Payload's session cookie. Such a reader may see more than the public, so it never reads the anonymous API
 * cache (plugins/portal-publishing/apiCache/) or a read replica (src/lib/database/readReplicas/).
 */
export const carriesCredentials = (headers: HeadersLike, cookiePrefix = 'payload'): boolean =>
  headers.has('authorization') || cookiesOf(headers).has(`${cookiePrefix}-token`)

/** Next.js draft mode and its preview data: the reader asked for unpublished content. */
const DRAFT_MODE_COOKIES = ['__prerender_bypass', '__next_preview_data']

/**
 * Whether a request may be answered as the public would be: no credentials of any kind and no draft mode.
 * The one check in front of every anonymous cache (the API cache, the portal page cache).
 */
export const isAnonymousReader = (headers: HeadersLike, cookiePrefix = 'payload'): boolean => {
  if (carriesCredentials(headers, cookiePrefix)) return false
  const cookies = cookiesOf(headers)
  return !DRAFT_MODE_COOKIES.some((name) => cookies.has(name))
}
