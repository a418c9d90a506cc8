import type { Payload } from 'payload'

import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { unique } from '../../helpers/fixtures'
import { getTestPayload } from './config'
import { download } from './download'
import { createDraftIssue, ISSUES, pdfText, publishIssue, publishItem, sectionsOf } from './fixtures'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const block = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }
const cell = (value: string) => ({
  ...block,
  type: 'tablecell',
  headerState: 0,
  children: [{ ...block, type: 'paragraph', textFormat: 0, children: [text(value)] }],
})

describe('rich text in the exports', () => {
  it('should print headings, lists, tables and images of an entry’s body', async () => {
    const image = await sharp({
      create: { width: 400, height: 300, channels: 3, background: { r: 30, g: 90, b: 160 } },
    })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: '示意图' },
      file: { data: image, mimetype: 'image/png', name: `${unique('figure')}.png`, size: image.length },
      depth: 0,
    })
    const body = {
      root: {
        ...block,
        type: 'root',
        children: [
          { ...block, type: 'heading', tag: 'h3', children: [text('一、总体要求')] },
          {
            ...block,
            type: 'list',
            listType: 'bullet',
            tag: 'ul',
            start: 1,
            children: [{ ...block, type: 'listitem', value: 1, children: [text('列表第一项')] }],
          },
          {
            ...block,
            type: 'table',
            children: [{ ...block, type: 'tablerow', children: [cell('项目名称'), cell('完成时限')] }],
          },
          { ...block, type: 'upload', relationTo: 'media', value: media.id, fields: null, format: '' },
          { ...block, type: 'paragraph', textFormat: 0, children: [text('图后正文。')] },
        ],
      },
    }
    const placed = await publishItem(payload, { body })
    const issue = await publishIssue(payload, (await createDraftIssue(payload, sectionsOf(['政府文件', [placed]]))).id)
    const pdf = (await download(`/${ISSUES}/${issue.id}/pdf`)).body
    const printed = pdfText(pdf)
    for (const fragment of ['一、总体要求', '列表第一项', '项目名称', '完成时限', '图后正文。'])
      expect(printed).toContain(fragment)
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/)
    const html = (await download(`/${ISSUES}/${issue.id}/print`)).body.toString('utf8')
    expect(html).toContain('<table>')
    expect(html).toMatch(/<img src="[^"]+\.png"/)
  })
})
