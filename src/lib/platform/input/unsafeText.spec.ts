import { describe, expect, it } from 'vitest'

import { findUnsafeText } from './unsafeText'

const link = (url: string, linkType = 'custom') => ({ type: 'link', fields: { linkType, url }, children: [] })

describe('findUnsafeText', () => {
  it('should find a NUL at any depth, naming the field', () => {
    const paths = findUnsafeText({
      title: 'a\u0000',
      materials: [{ name: 'ok' }, { name: 'x\u0000' }],
      limit: { note: '\u0000' },
      blocks: [{ blockType: 'text', caption: 'c\u0000' }],
    }).map((error) => error.path)
    expect(paths).toEqual(['title', 'materials.1.name', 'limit.note', 'blocks.0.caption'])
  })

  it('should name the rich text field, not the Lexical node', () => {
    const body = { root: { children: [{ children: [{ type: 'text', text: '\u0000' }, link('data:,x')] }] } }
    expect(findUnsafeText({ body })).toEqual([{ path: 'body', message: expect.stringContaining('NUL') }])
    expect(findUnsafeText({ body: { root: { children: [link('data:,x')] } } })[0]?.message).toContain('not allowed')
  })

  it('should leave internal links and allowed ones alone', () => {
    const body = { root: { children: [link('javascript:x', 'internal'), link('https://example.org/')] } }
    expect(findUnsafeText({ body })).toEqual([])
  })

  it('should find a NUL in a key', () => {
    expect(findUnsafeText({ json: { 'a\u0000': 1 } }).map((error) => error.path)).toEqual(['json'])
  })
})

describe('findUnsafeText, beyond the NUL', () => {
  it('should find a lone surrogate, and leave a pair (an emoji) alone', () => {
    expect(findUnsafeText({ title: 'a\ud800b', name: 'x\udc00', ok: '😀' }).map((error) => error.path)).toEqual([
      'title',
      'name',
    ])
    expect(findUnsafeText({ title: 'a\ud800' })[0]?.message).toContain('lone surrogate')
  })

  it('should refuse input nested deeper than the limit, naming the top-level field, without overflowing', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 20_000; i++) deep = [deep]
    expect(findUnsafeText({ notAField: deep })).toEqual([
      { path: 'notAField', message: expect.stringContaining('nested too deeply') },
    ])
    let node: unknown = { type: 'text', text: 'x' }
    for (let i = 0; i < 200; i++) node = { type: 'paragraph', children: [node] }
    expect(findUnsafeText({ body: { root: { children: [node] } } }).map((error) => error.path)).toEqual(['body'])
  })
})
