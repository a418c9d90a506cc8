import { describe, expect, it } from 'vitest'

import { changesContent } from './contentChange'

describe('changesContent', () => {
  const original = {
    id: 1,
    title: '标题',
    summary: null,
    keywords: ['a'],
    body: { root: { children: [{ text: 'x', type: 'text' }] } },
    _status: 'draft',
    updatedAt: '2026-01-01',
  }

  it('should see the form saved back unchanged as no change, whatever the key order and empty values', () => {
    expect(
      changesContent({
        data: {
          title: '标题',
          summary: '',
          keywords: ['a'],
          body: { root: { children: [{ type: 'text', text: 'x' }] } },
          _status: 'draft',
          updatedAt: '2026-02-02',
        },
        original,
      }),
    ).toBe(false)
  })

  it('should see a changed field, a new array entry and changed rich text as changes', () => {
    expect(changesContent({ data: { title: '新标题' }, original })).toBe(true)
    expect(changesContent({ data: { keywords: ['a', 'b'] }, original })).toBe(true)
    expect(changesContent({ data: { body: { root: { children: [{ type: 'text', text: 'y' }] } } }, original })).toBe(
      true,
    )
  })

  it('should ignore the fields it is told to', () => {
    expect(changesContent({ data: { workflowStage: 'review' }, original, ignore: ['workflowStage'] })).toBe(false)
  })
})
