import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Placed } from './fixtures'

import { lexical } from '../../helpers/fixtures'
import { getTestPayload } from './config'
import { download } from './download'
import {
  createDraftIssue,
  ISSUES,
  pdfText,
  pdfTool,
  positionsIn,
  publishIssue,
  publishItem,
  sectionsOf,
} from './fixtures'

let payload: Payload
let placed: Placed[]
let pdf: Buffer
let issueId: number

/** A body long enough that entries run over pages, so TOC numbers are not simply consecutive. */
const longBody = (label: string) =>
  lexical(
    ...Array.from(
      { length: 14 },
      (_, index) =>
        `${label}第${index + 1}条 为了加强政府信息公开工作，保障公民、法人和其他组织依法获取政府信息，提高政府工作的透明度，建设法治政府，制定本办法。`,
    ),
  )

beforeAll(async () => {
  payload = await getTestPayload()
  placed = []
  for (let index = 0; index < 5; index += 1) placed.push(await publishItem(payload, { body: longBody(`第${index}篇`) }))
  // A rare character (CJK Extension A) the primary font lacks, and one no font has.
  placed.push(await publishItem(payload, { body: lexical('人名用字㐴需要后备字体。', '无字形：𠀀') }))
  const [a, b, c, d, e, f] = placed as [Placed, Placed, Placed, Placed, Placed, Placed]
  const issue = await createDraftIssue(
    payload,
    sectionsOf(['政府令/规章', []], ['政府文件', [a, b]], ['部门文件', [c, d, e]], ['大事记', [f]]),
    {
      editorsNote: lexical('本期编者按。'),
    },
  )
  issueId = (await publishIssue(payload, issue.id)).id
  const response = await download(`/${ISSUES}/${issueId}/pdf`)
  expect(response.status).toBe(200)
  pdf = response.body
})

describe('the print-ready PDF', () => {
  it('should hold every entry’s title and 文号 in order, after the table of contents', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfTool('pdfinfo', pdf))![1])
    // The body begins after the cover, the contents and the editor's note.
    const body = pdfText(pdf, { first: 4, last: pages })
    const titles = positionsIn(
      body,
      placed.map((entry) => entry.title),
    )
    const numbers = positionsIn(
      body,
      placed.map((entry) => entry.documentNumber),
    )
    expect(
      titles.every((position) => position >= 0),
      JSON.stringify(titles),
    ).toBe(true)
    expect(
      numbers.every((position) => position >= 0),
      JSON.stringify(numbers),
    ).toBe(true)
    expect([...titles].sort((x, y) => x - y)).toEqual(titles)
    expect([...numbers].sort((x, y) => x - y)).toEqual(numbers)
  })

  it('should give each entry in the contents the page where it begins', () => {
    const contents = pdfText(pdf, { first: 2, last: 2 })
    expect(contents).toContain('目')
    for (const entry of placed) {
      const lines = contents.split('\n')
      const line = lines.findIndex((text) => text.includes(entry.title))
      expect(line, entry.title).toBeGreaterThanOrEqual(0)
      // Leader dots run from the title to its right-aligned page number.
      const leader = /\.{4,}\s*(\d+)\s*$/.exec(lines[line]!)
      expect(leader, `${entry.title}: ${lines[line]}`).not.toBeNull()
      const page = Number(leader![1])
      const text = pdfText(pdf, { first: page, last: page })
      expect(text, `${entry.title} on page ${page}`).toContain(entry.title)
      if (page > 1) expect(pdfText(pdf, { first: page - 1, last: page - 1 })).not.toContain(entry.title)
    }
  })

  it('should print running heads and 第 X 页 共 Y 页 footers', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfTool('pdfinfo', pdf))![1])
    const page = pdfText(pdf, { first: 4, last: 4 })
    expect(page).toContain('扎兰资讯')
    expect(page).toContain('政府文件')
    expect(page).toContain(`第 4 页 共 ${pages} 页`)
  })

  it('should embed subset fonts, a bold weight for headings and a fallback for a character the first lacks', () => {
    const fonts = pdfTool('pdffonts', pdf)
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
    expect(fonts.length).toBe(3)
    expect(fonts.filter((line) => /^[A-Z]{6}\+\S*-Bold\s/.test(line))).toHaveLength(1)
    for (const line of fonts) {
      // name, type…, then emb sub uni: all "yes"; subset names carry a six-letter tag.
      expect(line).toMatch(/^[A-Z]{6}\+\S+/)
      expect(line).toMatch(/yes\s+yes\s+yes/)
    }
    const text = pdfText(pdf)
    expect(text).toContain('㐴')
    expect(text).toContain('〓')
  })

  it('should say which characters no font covers', async () => {
    const response = await download(`/${ISSUES}/${issueId}/pdf`)
    expect(response.headers.get('x-uncovered-characters')).toBe('U+20000')
  })

  it('should carry title, author and language in the metadata, dated by the issue', () => {
    const info = pdfTool('pdfinfo', pdf)
    expect(info).toMatch(/Title:\s+扎兰资讯 \d+年第\d+期（总第\d+期）/)
    expect(info).toMatch(/Author:\s+扎兰屯市人民政府/)
    expect(info).toMatch(/CreationDate:\s+Wed Mar\s+4 16:00:00 2026 UTC/)
    expect(pdf.toString('latin1')).toContain('/Lang (zh-CN)')
  })

  it('should give the same bytes when the same frozen issue is exported again', async () => {
    const again = await download(`/${ISSUES}/${issueId}/pdf`)
    expect(again.body.equals(pdf)).toBe(true)
  })

  it('should have a bookmark for each column and entry', () => {
    const raw = pdf.toString('latin1')
    // Outline items: 目录, 编者按, three columns with entries, six entries.
    expect(raw.match(/\/Title \(/g)?.length ?? 0).toBeGreaterThanOrEqual(1)
    expect((raw.match(/\/Parent \d+ 0 R/g) ?? []).length).toBeGreaterThanOrEqual(2 + 3 + placed.length)
  })
})
