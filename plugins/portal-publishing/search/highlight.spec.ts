import { describe, expect, it } from 'vitest'

import { highlight } from './highlight'

describe('highlight', () => {
  it('should mark every occurrence of the terms', () => {
    expect(highlight({ text: '政府信息公开，主动公开', terms: ['公开'] })).toBe(
      '政府信息<mark>公开</mark>，主动<mark>公开</mark>',
    )
  })

  it('should match Latin terms regardless of case and width', () => {
    expect(highlight({ text: '开放 ＡＰＩ 接口', terms: ['api'] })).toBe('开放 <mark>ＡＰＩ</mark> 接口')
  })

  it('should cut a window around the first match', () => {
    const text = `${'甲'.repeat(100)}公开${'乙'.repeat(100)}`
    const snippet = highlight({ text, terms: ['公开'], radius: 10 })
    expect(snippet).toBe(`…${'甲'.repeat(10)}<mark>公开</mark>${'乙'.repeat(10)}…`)
  })

  it('should escape HTML in the text', () => {
    expect(highlight({ text: '<script>公开</script>', terms: ['公开'] })).toBe(
      '&lt;script&gt;<mark>公开</mark>&lt;/script&gt;',
    )
  })

  it('should return the beginning when nothing matches', () => {
    expect(highlight({ text: '政府信息', terms: ['税'], radius: 1 })).toBe('政府…')
  })
})
