import { describe, expect, it } from 'vitest'

import { isStorablePage, pageRequestVerdict } from './pageRequest'

const options = { cookiePrefix: 'payload', publicFiles: new Set(['/robots.txt']) }
const verdictOf = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  pageRequestVerdict({ method, url, headers }, options)
const keyOf = (url: string, headers: Record<string, string> = {}) => {
  const verdict = verdictOf(url, headers)
  return verdict.kind === 'cacheable' ? verdict.key : undefined
}

describe('portal page cache: which requests', () => {
  it('should key an anonymous GET of a page on its URL and the headers a page varies on', () => {
    const base = keyOf('/catalogue?theme=3', { host: 'a', 'accept-encoding': 'gzip' })
    expect(base).toBeDefined()
    expect(keyOf('/catalogue?theme=3', { host: 'a', 'accept-encoding': 'gzip' })).toBe(base)
    for (const other of [
      keyOf('/catalogue?theme=4', { host: 'a', 'accept-encoding': 'gzip' }),
      keyOf('/catalogue?theme=3', { host: 'a', 'accept-encoding': 'br' }),
      keyOf('/catalogue?theme=3', { host: 'a', 'accept-encoding': 'gzip', rsc: '1' }),
      keyOf('/catalogue?theme=3', { host: 'a', 'accept-encoding': 'gzip', cookie: 'portal-display=large.high' }),
      keyOf('/catalogue?theme=3', { host: 'b', 'accept-encoding': 'gzip' }),
    ]) {
      expect(other).toBeDefined()
      expect(other).not.toBe(base)
    }
  })

  it('should bypass credentials, draft mode and anything but GET', () => {
    expect(verdictOf('/', { authorization: 'JWT x' }).kind).toBe('bypass')
    expect(verdictOf('/', { cookie: 'a=1; payload-token=x' }).kind).toBe('bypass')
    expect(verdictOf('/', { cookie: '__prerender_bypass=x' }).kind).toBe('bypass')
    expect(verdictOf('/', { cookie: '__next_preview_data=x' }).kind).toBe('bypass')
    expect(verdictOf('/', {}, 'HEAD').kind).toBe('bypass')
    expect(verdictOf('/', {}, 'POST').kind).toBe('bypass')
  })

  it('should leave the API, the admin, Next.js assets, previews and public files alone', () => {
    for (const url of [
      '/api/disclosure-items',
      '/admin',
      '/admin/collections/users',
      '/_next/static/x.js',
      '/preview?secret=x',
      '/preview/disclosure-items/1',
      '/robots.txt',
      // A fresh challenge on every form, and answers to one applicant's POST: never shared.
      '/request',
      '/request/track',
    ]) {
      expect(verdictOf(url).kind).toBe('not-a-page')
    }
  })
})

describe('portal page cache: which answers', () => {
  it('should keep a 200 without a cookie whose Vary names only keyed headers', () => {
    expect(
      isStorablePage({
        status: 200,
        headers: {
          vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
        },
      }),
    ).toBe(true)
    expect(isStorablePage({ status: 200, headers: {} })).toBe(true)
  })

  it('should refuse other statuses, a cookie set, or a Vary on anything else', () => {
    expect(isStorablePage({ status: 404, headers: {} })).toBe(false)
    expect(isStorablePage({ status: 307, headers: {} })).toBe(false)
    expect(isStorablePage({ status: 200, headers: { 'set-cookie': ['a=1'] } })).toBe(false)
    expect(isStorablePage({ status: 200, headers: { vary: 'Accept-Language' } })).toBe(false)
    expect(isStorablePage({ status: 200, headers: { vary: '*' } })).toBe(false)
  })
})
