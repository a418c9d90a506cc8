import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppServer, ensureBuild, startAppServer } from '../../helpers/appServer'
import { lexical, lexicalLink, lexicalParagraph, unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { publisher } from './publish'

/**
 * Through the production server (`npm start`: src/server/ in front of Next.js): every answer carries the
 * security headers (src/lib/securityHeaders.ts), cache hits the front answers alone included; and a link with a
 * disallowed scheme that reached the database around the save-time check is never rendered as an href.
 */
let payload: Payload
let server: AppServer

beforeAll(async () => {
  payload = await getTestPayload()
  await ensureBuild()
  server = await startAppServer()
}, 900_000)

afterAll(async () => {
  await server?.stop()
})

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

const expectSecurityHeaders = (headers: Headers, where: string) => {
  const csp = headers.get('content-security-policy') ?? ''
  expect(csp, where).toContain("default-src 'self'")
  expect(csp, where).toContain("frame-ancestors 'self'")
  expect(csp, where).toContain("object-src 'none'")
  expect(headers.get('x-content-type-options'), where).toBe('nosniff')
  expect(headers.get('referrer-policy'), where).toBe('strict-origin-when-cross-origin')
  expect(headers.get('x-frame-options'), where).toBe('SAMEORIGIN')
}

/** Requests made to find a cached answer while other suites' publishes keep expiring the page cache. */
const HIT_ATTEMPTS = 10

describe('security headers through the production server', () => {
  it('should be on portal pages, the admin and the API', { timeout: 120_000 }, async () => {
    for (const path of ['/', '/catalogue', '/admin/login', '/api/categories?limit=1', '/api/globals/site-settings']) {
      const response = await get(path)
      expect(response.status, path).toBeLessThan(400)
      expectSecurityHeaders(response.headers, path)
    }
  })

  it('should be on answers the front serves from its caches', { timeout: 120_000 }, async () => {
    for (const path of ['/catalogue?page=1', '/api/categories?limit=2']) {
      // Other suites publish on the same database meanwhile, and every publish drops the cached pages: ask again
      // until an answer comes from the cache (what this test is about), a few times at most.
      let hit = await get(path)
      for (let attempt = 0; attempt < HIT_ATTEMPTS && hit.headers.get('x-cache') !== 'hit'; attempt++)
        hit = await get(path)
      expect(hit.headers.get('x-cache'), path).toBe('hit')
      expectSecurityHeaders(hit.headers, path)
    }
  })

  it('should be on GraphQL answers and on refusals', { timeout: 60_000 }, async () => {
    const graphql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Categories(limit: 1) { totalDocs } }' }),
    })
    expectSecurityHeaders(graphql.headers, 'graphql')
    const refused = await get('/api/categories?limit=0')
    expect(refused.status).toBe(400)
    expectSecurityHeaders(refused.headers, 'refusal')
  })
})

describe('links on the item page', () => {
  it(
    'should render a stored data: link as text, with no href, and keep an https link',
    { timeout: 120_000 },
    async () => {
      const publish = publisher(payload)
      const marker = unique('安全链接')
      const item = await publish.publishItem({ title: marker, body: lexical('正文') })
      const body = lexicalParagraph([
        lexicalLink('data:text/html,<script>alert(1)</script>', '危险链接'),
        lexicalLink('https://www.gov.cn/', '中国政府网'),
      ])
      // Around the save-time check, as data written before it or by another tool would be.
      const json = JSON.stringify(body)
      await payload.db.drizzle.execute(sql`update disclosure_items set body = ${json}::jsonb where id = ${item.id}`)
      await payload.db.drizzle.execute(
        sql`update _disclosure_items_v set version_body = ${json}::jsonb where parent_id = ${item.id}`,
      )
      const page = await get(`/catalogue/${item.indexNumber!.split('/').map(encodeURIComponent).join('/')}`)
      expect(page.status).toBe(200)
      expect(page.body).toContain('危险链接')
      expect(page.body).not.toContain('data:text/html')
      expect(page.body).toContain('href="https://www.gov.cn/"')
    },
  )
})
