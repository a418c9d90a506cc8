import { describe, expect, it } from 'vitest'

import { isAllowedLinkUrl, safeHref } from './linkSchemes'

describe('isAllowedLinkUrl', () => {
  it.each([
    'https://www.gov.cn/',
    'HTTP://example.org/a?b=1#c',
    'mailto:office@example.gov.cn',
    'tel:+86-10-12345',
    '/catalogue/2024',
    '?page=2',
    '#section',
    'guide/2024',
    '',
  ])('should allow %j', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(true)
  })

  it.each([
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    '//evil.example.com/',
    '/\\evil.example.com/',
    '\\\\evil.example.com',
  ])('should refuse %j', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(false)
  })

  it('should give no href for a refused link', () => {
    expect(safeHref('data:text/html,x')).toBeUndefined()
    expect(safeHref(42)).toBeUndefined()
    expect(safeHref('https://example.org/')).toBe('https://example.org/')
  })
})
