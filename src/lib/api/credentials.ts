/** What the checks read of a request's headers: a `Headers`, or the front server's view of a Node.js request. */
export type HeadersLike = { get: (name: string) => string | null; has: (name: string) => boolean }

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
