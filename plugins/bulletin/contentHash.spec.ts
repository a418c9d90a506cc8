import { describe, expect, it } from 'vitest'

import { contentHashOf, stableStringify } from './contentHash'

describe('stableStringify', () => {
  it('should write the same text whatever the key order', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } })).toBe(
      stableStringify({ a: { c: null, d: [2, { x: 2, y: 1 }] }, b: 1 }),
    )
  })

  it('should leave out undefined members, as JSON does', () => {
    expect(stableStringify({ a: 1, b: undefined })).toBe('{"a":1}')
  })
})

describe('contentHashOf', () => {
  it('should change when any printed character changes', () => {
    expect(contentHashOf({ title: '通知' })).not.toBe(contentHashOf({ title: '通告' }))
    expect(contentHashOf({ title: '通知' })).toMatch(/^[0-9a-f]{64}$/)
  })
})
