import { describe, expect, it } from 'vitest'

import { blocksOfRichText, textOf } from './blocks'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('blocksOfRichText', () => {
  it('should keep headings, paragraphs, lists, tables and images in order', () => {
    const blocks = blocksOfRichText(
      doc(
        { type: 'heading', tag: 'h3', children: [text('一、总则')] },
        { type: 'paragraph', children: [text('第一条 '), text('加粗', 1)] },
        {
          type: 'list',
          listType: 'number',
          children: [
            { type: 'listitem', children: [text('甲')] },
            { type: 'listitem', children: [text('乙')] },
          ],
        },
        {
          type: 'table',
          children: [
            {
              type: 'tablerow',
              children: [{ type: 'tablecell', children: [{ type: 'paragraph', children: [text('单元格')] }] }],
            },
          ],
        },
        { type: 'upload', relationTo: 'media', value: 7 },
      ),
    )
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list', 'table', 'image'])
    expect(blocks[0]).toMatchObject({ level: 3 })
    expect(blocks[1]).toMatchObject({
      runs: [
        { text: '第一条 ', isBold: false },
        { text: '加粗', isBold: true },
      ],
    })
    expect(blocks[2]).toMatchObject({ isOrdered: true })
    expect(blocks[3]).toMatchObject({ rows: [[[{ text: '单元格' }]]] })
    expect(blocks[4]).toMatchObject({ mediaId: '7' })
  })

  it('should drop empty paragraphs and join runs of the same style', () => {
    const blocks = blocksOfRichText(
      doc({ type: 'paragraph', children: [] }, { type: 'paragraph', children: [text('甲'), text('乙')] }),
    )
    expect(blocks).toHaveLength(1)
    expect(blocks[0]).toMatchObject({ runs: [{ text: '甲乙' }] })
    const [paragraph] = blocks
    expect(paragraph?.kind === 'paragraph' && textOf(paragraph.runs)).toBe('甲乙')
  })

  it('should read an empty or missing document as no blocks', () => {
    expect(blocksOfRichText(null)).toEqual([])
    expect(blocksOfRichText(doc())).toEqual([])
  })
})
