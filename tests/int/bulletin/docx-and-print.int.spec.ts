import type { Payload } from 'payload'

import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Placed } from './fixtures'

import { getTestPayload } from './config'
import { download } from './download'
import { createDraftIssue, ISSUES, positionsIn, publishIssue, publishItem, sectionsOf } from './fixtures'

let payload: Payload
let placed: Placed[]
let issueId: number

beforeAll(async () => {
  payload = await getTestPayload()
  placed = []
  for (let index = 0; index < 4; index += 1) placed.push(await publishItem(payload))
  const [a, b, c, d] = placed as [Placed, Placed, Placed, Placed]
  const issue = await createDraftIssue(payload, sectionsOf(['政府文件', [a, b]], ['部门文件', [c]], ['政策解读', [d]]))
  issueId = (await publishIssue(payload, issue.id)).id
})

/** The text of each paragraph of word/document.xml, with its style. */
const paragraphsOf = async (docx: Buffer) => {
  const zip = await JSZip.loadAsync(docx)
  const xml = await zip.file('word/document.xml')!.async('string')
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(inner!)?.[1] ?? null,
    text: [...inner!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, text]) => text).join(''),
  }))
}

describe('the DOCX for typesetters', () => {
  it('should open and hold the columns and entries in order, as headings', async () => {
    const response = await download(`/${ISSUES}/${issueId}/docx`)
    expect(response.status).toBe(200)
    const paragraphs = await paragraphsOf(response.body)
    const headings = paragraphs
      .filter((paragraph) => paragraph.style === 'Heading1' || paragraph.style === 'Heading2')
      .map((paragraph) => paragraph.text)
    expect(headings).toEqual([
      '政府文件',
      placed[0]!.title,
      placed[1]!.title,
      '部门文件',
      placed[2]!.title,
      '政策解读',
      placed[3]!.title,
    ])
    const text = paragraphs.map((paragraph) => paragraph.text).join('\n')
    const numbers = positionsIn(
      text,
      placed.map((entry) => entry.documentNumber),
    )
    expect(numbers.every((position) => position >= 0)).toBe(true)
    expect([...numbers].sort((x, y) => x - y)).toEqual(numbers)
  })

  it('should carry a table of contents, running heads and page numbers as Word fields', async () => {
    const response = await download(`/${ISSUES}/${issueId}/docx`)
    const zip = await JSZip.loadAsync(response.body)
    const document = await zip.file('word/document.xml')!.async('string')
    expect(document).toMatch(/<w:instrText[^>]*>\s*TOC \\/)
    // The contents are written filled in, one entry per title, with dot leaders before the page number.
    for (const entry of placed) expect(document.indexOf(entry.title)).not.toBe(document.lastIndexOf(entry.title))
    expect(document).toContain('w:leader="dot"')
    const parts = Object.keys(zip.files)
    const headers = await Promise.all(
      parts.filter((name) => /^word\/header\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')),
    )
    const footers = await Promise.all(
      parts.filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')),
    )
    expect(headers.some((xml) => xml.includes('扎兰资讯'))).toBe(true)
    expect(
      footers.some((xml) => /<w:instrText[^>]*>\s*PAGE\b/.test(xml) && /<w:instrText[^>]*>\s*NUMPAGES\b/.test(xml)),
    ).toBe(true)
    // The cover has its own, empty head and foot.
    expect(document).toContain('<w:titlePg')
  })

  it('should give the same bytes when the same frozen issue is exported again', async () => {
    const first = await download(`/${ISSUES}/${issueId}/docx`)
    const second = await download(`/${ISSUES}/${issueId}/docx`)
    expect(second.body.equals(first.body)).toBe(true)
  })
})

describe('the HTML print view', () => {
  it('should lay out pages with CSS paged media and hold the entries in order', async () => {
    const response = await download(`/${ISSUES}/${issueId}/print`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    const html = response.body.toString('utf8')
    expect(html).toContain('@page')
    expect(html).toContain('counter(pages)')
    expect(html).toContain('string-set')
    expect(html).toContain('target-counter')
    const body = html.slice(html.indexOf('<section'))
    const positions = positionsIn(
      body,
      placed.map((entry) => entry.title),
    )
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((x, y) => x - y)).toEqual(positions)
  })
})
