import type { IncomingHttpHeaders } from 'node:http'

import { headersOfNode, isAnonymousReader } from '../api/credentials'

/**
 * Paths that are never portal pages: the API (its own cache), the admin, Next.js's assets, draft previews,
 * and the request form and tracking pages (a fresh challenge each time, and answers to one applicant's POST).
 */
const NOT_PAGES = ['/api/', '/admin', '/_next/', '/preview', '/__nextjs', '/request']

/**
 * The request headers an anonymous page can vary on, all part of its key: a client-side navigation
 * (`RSC`, the router's headers) gets a React payload, not HTML; the encoding is what Next.js compressed
 * with; the cookie (portal display preferences, anything else a page might read) and the host are kept
 * whole, so two readers share an entry only when Next.js saw the same request.
 */
export const PAGE_KEY_HEADERS = [
  'host',
  'accept-encoding',
  'cookie',
  'rsc',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-router-state-tree',
  'next-url',
] as const

export type PageRequest = { method?: string; url?: string; headers: IncomingHttpHeaders }

export type PageRequestVerdict = { kind: 'cacheable'; key: string } | { kind: 'bypass' } | { kind: 'not-a-page' }

/**
 * Whether a request may be answered from the portal page cache: an anonymous GET (no `Authorization`,
 * no session cookie, no draft mode) of a page. `publicFiles` are the files Next.js serves from public/,
 * answered by Next.js directly (nothing to render, nothing to gain).
 */
export const pageRequestVerdict = (
  request: PageRequest,
  { cookiePrefix, publicFiles }: { cookiePrefix: string; publicFiles: ReadonlySet<string> },
): PageRequestVerdict => {
  const url = request.url ?? '/'
  const pathname = url.split('?', 1)[0] ?? '/'
  if (NOT_PAGES.some((prefix) => pathname.startsWith(prefix)) || publicFiles.has(pathname))
    return { kind: 'not-a-page' }
  if (request.method !== 'GET') return { kind: 'bypass' }
  const headers = headersOfNode(request.headers)
  if (!isAnonymousReader(headers, cookiePrefix)) return { kind: 'bypass' }
  return { kind: 'cacheable', key: [url, ...PAGE_KEY_HEADERS.map((name) => headers.get(name) ?? '')].join('\n') }
}

/**
 * Whether Next.js's answer may be kept: a 200 without a cookie of its own, whose `Vary` names only
 * headers the key holds.
 */
export const isStorablePage = ({
  status,
  headers,
}: {
  status: number
  headers: Record<string, number | string | string[] | undefined>
}): boolean => {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false
  const vary = [headers.vary ?? ''].flat().join(',')
  return vary
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .every((name) => name === '' || (PAGE_KEY_HEADERS as readonly string[]).includes(name))
}
