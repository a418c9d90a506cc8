import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { OpenApiDocument } from '../../../src/lib/api/openApiDescription'

import { closePayload } from '../../../src/lib/database/closePayload'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const unescape = (html: string) =>
  html
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')

describe('GET /api/docs', () => {
  it('should answer an HTML reference naming every path and operation of the OpenAPI document, for anyone', async () => {
    const [page, described] = await Promise.all([rest('GET', '/docs'), rest('GET', '/openapi.json')])
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = unescape(page.text)
    const document = described.json as OpenApiDocument
    for (const [path, item] of Object.entries(document.paths)) {
      expect(html, path).toContain(`<code class="path">${path}</code>`)
      for (const operation of Object.values(item)) expect(html, path).toContain(`id="op-${operation.operationId}"`)
    }
    expect(html).toContain('href="/api/openapi.json"')
    expect(html).toContain('参数 Parameters')
    expect(html).toContain('<details')
  })

  it('should carry the security headers, and no script nor anything from another origin', async () => {
    const page = await rest('GET', '/docs')
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(page.text).not.toMatch(/<script|<link|<img|<iframe|\son\w+=/i)
    expect(page.text).not.toMatch(/(src|href)="https?:/)
  })
})
