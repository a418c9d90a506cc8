import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { isValidSignature, signBody } from './event'

describe('signBody', () => {
  it('should sign the timestamp and body with HMAC-SHA256', () => {
    const expected = crypto.createHmac('sha256', 'secret-of-16-chars').update('1700000000.{"a":1}').digest('hex')
    expect(signBody({ secret: 'secret-of-16-chars', timestamp: '1700000000', body: '{"a":1}' })).toBe(
      `sha256=${expected}`,
    )
  })

  it('should verify its own signature and refuse a changed body or timestamp', () => {
    const args = { secret: 'secret-of-16-chars', timestamp: '1700000000', body: '{"a":1}' }
    const signature = signBody(args)
    expect(isValidSignature({ ...args, signature })).toBe(true)
    expect(isValidSignature({ ...args, body: '{"a":2}', signature })).toBe(false)
    expect(isValidSignature({ ...args, timestamp: '1700000001', signature })).toBe(false)
  })
})
