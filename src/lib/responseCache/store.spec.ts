import { describe, expect, it } from 'vitest'

import type { CachedResponse } from './store'

import { ANY_CHANGE_TAG, createResponseCacheStore } from './store'

const response = (text: string): CachedResponse => ({
  status: 200,
  headers: [['content-type', 'application/json']],
  body: new TextEncoder().encode(text).buffer as ArrayBuffer,
})
const textOf = (cached: CachedResponse | undefined) => (cached ? new TextDecoder().decode(cached.body) : undefined)

describe('response cache store', () => {
  it('should serve a stored response until one of its tags is invalidated', () => {
    const store = createResponseCacheStore({ maxBytes: 1_000_000 })
    store.set('a', response('item 1'), ['item:disclosure-items:1', 'list:categories'], store.generation)
    store.set('b', response('item 2'), ['item:disclosure-items:2'], store.generation)
    expect(textOf(store.get('a'))).toBe('item 1')
    store.invalidate(['list:categories'])
    expect(store.get('a')).toBeUndefined()
    expect(textOf(store.get('b'))).toBe('item 2')
  })

  it('should not store a response read before an invalidation that finished after it', () => {
    const store = createResponseCacheStore({ maxBytes: 1_000_000 })
    // A read starts, a withdrawal commits and invalidates (its item and the lists), then the read ends.
    const readAt = store.generation
    store.invalidate(['item:disclosure-items:7', 'list:disclosure-items'])
    expect(store.set('list', response('still listing item 7'), ['list:disclosure-items'], readAt)).toBe(false)
    expect(store.get('list')).toBeUndefined()
    // Read again after the invalidation: stored.
    expect(store.set('list', response('without item 7'), ['list:disclosure-items'], store.generation)).toBe(true)
    expect(textOf(store.get('list'))).toBe('without item 7')
  })

  it('should drop entries filed under the any-change tag on every invalidation', () => {
    const store = createResponseCacheStore({ maxBytes: 1_000_000 })
    store.set('graphql', response('{"data":{}}'), [ANY_CHANGE_TAG], store.generation)
    store.invalidate(['institution:3'])
    expect(store.get('graphql')).toBeUndefined()
  })

  it('should evict the least recently used entries to stay within its bytes', () => {
    const body = 'x'.repeat(1000)
    const store = createResponseCacheStore({ maxBytes: 3500, maxEntryBytes: 3500 })
    store.set('first', response(body), ['t'], store.generation)
    store.set('second', response(body), ['t'], store.generation)
    store.set('third', response(body), ['t'], store.generation)
    store.get('first')
    store.set('fourth', response(body), ['t'], store.generation)
    expect(store.get('second')).toBeUndefined()
    expect(store.get('first')).toBeDefined()
    expect(store.get('fourth')).toBeDefined()
    expect(store.bytes).toBeLessThanOrEqual(3500)
  })

  it('should refuse an entry larger than the entry limit', () => {
    const store = createResponseCacheStore({ maxBytes: 10_000, maxEntryBytes: 500 })
    expect(store.set('big', response('y'.repeat(600)), ['t'], store.generation)).toBe(false)
    expect(store.size).toBe(0)
  })

  it('should forget an evicted entry in its tags, so invalidating them later touches nothing else', () => {
    const store = createResponseCacheStore({ maxBytes: 1_000_000 })
    store.set('a', response('1'), ['list:policies'], store.generation)
    store.invalidate(['list:policies'])
    store.set('a', response('2'), ['item:policies:1'], store.generation)
    store.invalidate(['list:policies'])
    expect(textOf(store.get('a'))).toBe('2')
  })

  it('should store a read begun before an invalidation of other tags only', () => {
    const store = createResponseCacheStore({ maxBytes: 1_000_000 })
    const readAt = store.generation
    store.invalidate(['search', 'item:policies:3'])
    expect(store.set('list', response('items'), ['list:disclosure-items', 'list:categories'], readAt)).toBe(true)
    // Filed under the any-change tag, it is refused by any invalidation.
    expect(store.set('graphql', response('{}'), [ANY_CHANGE_TAG], readAt)).toBe(false)
    store.invalidate(['list:categories'])
    expect(store.get('list')).toBeUndefined()
  })

  it('should refuse every read begun before it forgot the tags it remembered', () => {
    const store = createResponseCacheStore({ maxBytes: 1_000_000 })
    const readAt = store.generation
    for (let i = 0; i < 10_001; i++) store.invalidate([`item:disclosure-items:${i}`])
    expect(store.set('other', response('x'), ['list:officials'], readAt)).toBe(false)
    expect(store.set('other', response('x'), ['list:officials'], store.generation)).toBe(true)
  })
})
