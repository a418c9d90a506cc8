import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'

import { richTextTargets } from './richTextTargets'

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const state = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })

describe('rich text targets', () => {
  it('should put each paragraph, heading and list item on its own line', () => {
    const content = richTextTargets(
      state(
        { type: 'heading', tag: 'h2', children: [text('一、概述')] },
        paragraph(text('报告电子版通过'), text('UedBet体育'), text('人民政府门户网站公开')),
        {
          type: 'list',
          children: [
            { type: 'listitem', children: [text('健全制度')] },
            { type: 'listitem', children: [text('广泛宣传')] },
          ],
        },
        paragraph(text('第一行'), { type: 'linebreak' }, text('第二行')),
      ),
    )
    expect(content.text).toBe(
      '一、概述\n报告电子版通过UedBet体育人民政府门户网站公开\n健全制度\n广泛宣传\n第一行\n第二行',
    )
  })

  it('should put each table cell on its own line', () => {
    const cell = (value: string) => ({ type: 'tablecell', children: [paragraph(text(value))] })
    const content = richTextTargets(
      state({ type: 'table', children: [{ type: 'tablerow', children: [cell('项目'), cell('数量')] }] }),
    )
    expect(content.text).toBe('项目\n数量')
  })

  it('should collect custom links and autolinks, not internal links', () => {
    const content = richTextTargets(
      state(
        paragraph(
          { type: 'link', fields: { url: 'https://uedbet.example.com', linkType: 'custom' }, children: [text('点此')] },
          {
            type: 'autolink',
            fields: { url: 'http://www.zhalantun.gov.cn' },
            children: [text('www.zhalantun.gov.cn')],
          },
          {
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'policies', value: 1 } },
            children: [text('条例')],
          },
        ),
      ),
    )
    expect(content.links).toEqual(['https://uedbet.example.com', 'http://www.zhalantun.gov.cn'])
    expect(content.text).toBe('点此www.zhalantun.gov.cn条例')
  })

  it('should read JSON text as the state it encodes', () => {
    expect(richTextTargets(JSON.stringify(state(paragraph(text('正文')))))).toEqual({ text: '正文', links: [] })
  })

  it('should read malformed states as no text', () => {
    for (const value of [
      '{"root":',
      '[]',
      'null',
      null,
      undefined,
      42,
      { root: 'x' },
      { root: { children: 'x' } },
      { root: { children: [null, 1, 'a'] } },
    ]) {
      expect(richTextTargets(value)).toEqual({ text: '', links: [] })
    }
  })

  it('should not overflow the stack on a deeply nested state', () => {
    let node: unknown = text('深处')
    for (let depth = 0; depth < 100_000; depth++) node = { type: 'paragraph', children: [node] }
    expect(richTextTargets({ root: node }).text).toBe('深处')
  })

  test.prop([fc.jsonValue()])('should never throw on any JSON value', (value) => {
    expect(() => richTextTargets(value)).not.toThrow()
    expect(() => richTextTargets(JSON.stringify(value))).not.toThrow()
    expect(() => richTextTargets({ root: value })).not.toThrow()
  })
})
