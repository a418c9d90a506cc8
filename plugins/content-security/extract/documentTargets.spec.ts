import { describe, expect, it } from 'vitest'

import { documentTargets } from './documentTargets'

const body = {
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '详见' },
          {
            type: 'link',
            fields: { url: 'https://uedbet.example.com', linkType: 'custom' },
            children: [{ type: 'text', text: '链接' }],
          },
        ],
      },
    ],
  },
}

describe('document targets', () => {
  it('should scan title, summary and body by default, rich text as its text and links', () => {
    expect(documentTargets({ doc: { title: '年度报告', summary: '摘要', body, other: '不扫描' } })).toEqual([
      { field: 'title', text: '年度报告' },
      { field: 'summary', text: '摘要' },
      { field: 'body', text: '详见链接', links: ['https://uedbet.example.com'] },
    ])
  })

  it('should leave out empty and missing fields', () => {
    expect(documentTargets({ doc: { title: '', summary: null, body: undefined } })).toEqual([])
  })

  it('should scan configured fields, arrays and dotted paths through array rows', () => {
    const doc = {
      name: '事项',
      keywords: ['政府', '公开'],
      materials: [{ name: '申请表' }, { name: '身份证复印件' }],
      conditions: body,
    }
    expect(documentTargets({ doc, fields: ['name', 'keywords', 'materials.name', 'conditions'] })).toEqual([
      { field: 'name', text: '事项' },
      { field: 'keywords', text: '政府\n公开' },
      { field: 'materials.name', text: '申请表\n身份证复印件' },
      { field: 'conditions', text: '详见链接', links: ['https://uedbet.example.com'] },
    ])
  })
})
