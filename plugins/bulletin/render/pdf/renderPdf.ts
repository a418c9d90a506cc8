import PDFDocument from 'pdfkit'

import type { EntrySnapshot, PrintableIssue } from '../../printable'
import type { Block, Run } from '../blocks'

import { chineseDate, entryMetaLine, issueLabel } from '../../printable'
import { blocksOfRichText, textOf } from '../blocks'
import type { LoadedFont } from './fonts'

import { boldFont, boldFontFor, fontFor, primaryFont, splitByFont } from './fonts'
import { documentDate, footerText, leaderDots, PAGE, runningSections, TEXT_WIDTH, TOC_NUMBER_WIDTH, wrapLines } from './layout'

export type PdfResult = {
  pdf: Buffer
  pageCount: number
  /** The page (1-based, the cover is page 1) where each entry begins, in print order. */
  entryPages: number[]
  /** Characters no font has, printed as 〓. */
  uncoveredCharacters: string[]
}

export type RenderPdfArgs = {
  issue: PrintableIssue
  /** Image bytes by media id (cover and body images); a missing one is skipped. */
  images: Map<string, Buffer>
  onProgress?: (fraction: number) => void
}

const SIZE = { masthead: 40, coverLine: 18, tocTitle: 20, section: 18, entryTitle: 16, meta: 10, body: 11.5, head: 9 }
const LINE_GAP = 5
const LEFT = PAGE.margins.left
const RIGHT = PAGE.width - PAGE.margins.right
const MAX_Y = PAGE.height - PAGE.margins.bottom

type TextOptions = { size: number; x?: number; width?: number; align?: 'left' | 'center' | 'right'; gap?: number; isBold?: boolean }

/** The leader between a contents title and its page number. */
const LEADER = '.'

/**
 * The print-ready PDF of an issue, in one pass: pages are buffered, so the table of contents is laid
 * out first with its page numbers left blank, and they, the running heads and the footers are written
 * once every page exists. Deterministic: fixed dates from the issue, and no random ids.
 */
export const renderPdf = async ({ issue, images, onProgress }: RenderPdfArgs): Promise<PdfResult> => {
  const primary = primaryFont()
  const uncovered = new Set<string>()
  const date = documentDate(issue.publicationDate)
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${issue.masthead} ${issueLabel(issue)}`,
      Author: issue.publisher,
      Subject: issue.masthead,
      Creator: 'Gongkai',
      Producer: 'Gongkai (PDFKit)',
      CreationDate: date,
      ModDate: date,
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  // Registered when first used, so the PDF embeds only the fonts the issue needs, in a fixed order.
  const registered = new Set<string>()
  const useFont = (font: LoadedFont) => {
    if (!registered.has(font.name)) {
      doc.registerFont(font.name, font.data)
      registered.add(font.name)
    }
    doc.font(font.name)
  }

  const pageNumber = () => doc.bufferedPageRange().count
  // Headings print in the bold weight of the same family; characters it lacks fall back as in body text.
  const runsOf = (text: string, isBold = false) => (isBold ? splitByFont(text, boldFontFor, boldFont(), uncovered) : splitByFont(text, fontFor, primary, uncovered))
  const write = (text: string, { size, x = LEFT, width = RIGHT - x, align = 'left', gap = LINE_GAP, isBold = false }: TextOptions) => {
    const runs = runsOf(text, isBold)
    runs.forEach((run, index) => {
      useFont(run.font)
      doc.fontSize(size)
      const options = { width, align, lineGap: gap, continued: index < runs.length - 1 }
      if (index === 0) doc.text(run.text, x, doc.y, options)
      else doc.text(run.text, options)
    })
  }
  const writeRuns = (runs: Run[], options: TextOptions) => write(textOf(runs), options)
  const measure = (text: string, size: number) =>
    runsOf(text).reduce((width, run) => {
      useFont(run.font)
      doc.fontSize(size)
      return width + doc.widthOfString(run.text)
    }, 0)
  /** One line at (x, y), never wrapped; answers where it ends. */
  const writeLine = (text: string, { size, x, y }: { size: number; x: number; y: number }) => {
    doc.x = x
    doc.y = y
    for (const run of runsOf(text)) {
      useFont(run.font)
      doc.fontSize(size)
      doc.text(run.text, doc.x, y, { lineBreak: false })
    }
    return doc.x
  }
  const ensureSpace = (height: number) => {
    if (doc.y + height > MAX_Y) doc.addPage()
  }
  // The section in force on each page, as pages are added while text flows.
  const pageLabels: string[] = ['']
  let currentLabel = ''
  doc.on('pageAdded', () => pageLabels.push(currentLabel))

  // Cover.
  doc.y = PAGE.height * 0.2
  write(issue.masthead, { size: SIZE.masthead, align: 'center', isBold: true })
  doc.moveDown(1)
  write(issueLabel(issue), { size: SIZE.coverLine, align: 'center', isBold: true })
  doc.moveDown(0.5)
  write(`${issue.publisher}　${chineseDate(issue.publicationDate)}`, { size: SIZE.coverLine - 4, align: 'center' })
  const cover = issue.coverImage ? images.get(issue.coverImage) : undefined
  if (cover) {
    doc.moveDown(2)
    doc.image(cover, LEFT, doc.y, { fit: [TEXT_WIDTH, MAX_Y - doc.y], align: 'center' })
  }

  // Table of contents, its page numbers written at the end.
  currentLabel = '目录'
  doc.addPage()
  doc.outline.addItem('目录')
  write('目　录', { size: SIZE.tocTitle, align: 'center', isBold: true })
  doc.moveDown(1)
  // Each title is broken into lines here, so the end of its last line (where the leader dots begin) is known.
  const tocSlots: Array<{ page: number; y: number; end: number }> = []
  const tocTitleX = LEFT + 2 * SIZE.body
  const tocTitleWidth = TEXT_WIDTH - 2 * SIZE.body - TOC_NUMBER_WIDTH - 12
  for (const section of issue.sections) {
    if (section.entries.length === 0) continue
    ensureSpace(60)
    write(section.heading, { size: SIZE.body + 2, gap: 8, isBold: true })
    for (const entry of section.entries) {
      const lines = wrapLines(entry.title, tocTitleWidth, (text) => measure(text, SIZE.body))
      lines.forEach((line, index) => {
        doc.fontSize(SIZE.body)
        const height = doc.currentLineHeight(true) + LINE_GAP
        ensureSpace(height)
        const y = doc.y
        const end = writeLine(line, { size: SIZE.body, x: tocTitleX, y })
        doc.x = LEFT
        doc.y = y + height
        if (index === lines.length - 1) tocSlots.push({ page: pageNumber(), y, end })
      })
    }
    doc.moveDown(0.5)
  }

  if (issue.editorsNote && blocksOfRichText(issue.editorsNote).length > 0) {
    currentLabel = '编者按'
    doc.addPage()
    doc.outline.addItem('编者按')
    write('编者按', { size: SIZE.section, align: 'center', isBold: true })
    doc.moveDown(1)
    writeBlocks(blocksOfRichText(issue.editorsNote))
  }

  // Sections and entries; each section begins on a new page, each entry where at least its head fits.
  const sectionStarts: Array<{ page: number; heading: string }> = []
  const entryPages: number[] = []
  const total = issue.sections.reduce((sum, section) => sum + section.entries.length, 0)
  for (const section of issue.sections) {
    if (section.entries.length === 0) continue
    currentLabel = section.heading
    doc.addPage()
    sectionStarts.push({ page: pageNumber(), heading: section.heading })
    const sectionItem = doc.outline.addItem(section.heading, { expanded: true })
    write(section.heading, { size: SIZE.section, align: 'center', isBold: true })
    doc.moveDown(1)
    for (const entry of section.entries) {
      ensureSpace(140)
      entryPages.push(pageNumber())
      sectionItem.addItem(entry.title)
      writeEntry(entry)
      onProgress?.(entryPages.length / total)
    }
  }

  function writeEntry(entry: EntrySnapshot) {
    write(entry.title, { size: SIZE.entryTitle, align: 'center', gap: 6, isBold: true })
    doc.moveDown(0.3)
    const meta = entryMetaLine(entry)
    if (meta) write(meta, { size: SIZE.meta, align: 'center' })
    doc.moveDown(0.8)
    writeBlocks(blocksOfRichText(entry.body))
    doc.moveDown(1.5)
  }

  function writeBlocks(blocks: Block[]) {
    for (const block of blocks) {
      if (block.kind === 'heading') {
        ensureSpace(60)
        writeRuns(block.runs, { size: Math.max(SIZE.body, SIZE.entryTitle - block.level), gap: 6, isBold: true })
        doc.moveDown(0.3)
      } else if (block.kind === 'paragraph') {
        // First-line indent of two characters, as Chinese body text is set.
        write(`　　${textOf(block.runs)}`, { size: SIZE.body })
        doc.moveDown(0.3)
      } else if (block.kind === 'list') {
        block.items.forEach((item, index) => {
          write(`${block.isOrdered ? `${index + 1}.` : '•'} ${textOf(item)}`, { size: SIZE.body, x: LEFT + 2 * SIZE.body, width: TEXT_WIDTH - 2 * SIZE.body })
        })
        doc.moveDown(0.3)
      } else if (block.kind === 'table') {
        writeTable(block.rows)
      } else {
        writeImage(block.mediaId)
      }
    }
  }

  function writeTable(rows: Run[][][]) {
    const columns = Math.max(1, ...rows.map((row) => row.length))
    const cellWidth = TEXT_WIDTH / columns
    const padding = 4
    useFont(primary)
    doc.fontSize(SIZE.body - 1)
    for (const row of rows) {
      const height = Math.max(...row.map((cell) => doc.heightOfString(textOf(cell) || ' ', { width: cellWidth - 2 * padding, lineGap: 2 }))) + 2 * padding
      ensureSpace(height)
      const top = doc.y
      row.forEach((cell, index) => {
        const x = LEFT + index * cellWidth
        doc.rect(x, top, cellWidth, height).lineWidth(0.5).stroke()
        doc.y = top + padding
        write(textOf(cell), { size: SIZE.body - 1, x: x + padding, width: cellWidth - 2 * padding, gap: 2 })
      })
      doc.y = top + height
    }
    doc.x = LEFT
    doc.moveDown(0.5)
  }

  function writeImage(mediaId: string) {
    const data = images.get(mediaId)
    if (!data) return
    // openImage is public PDFKit API, missing from @types/pdfkit.
    const image = (doc as unknown as { openImage: (src: Buffer) => { width: number; height: number } }).openImage(data)
    const scale = Math.min(1, TEXT_WIDTH / image.width, (MAX_Y - PAGE.margins.top) / 2 / image.height)
    const height = image.height * scale
    ensureSpace(height)
    doc.image(image as never, LEFT + (TEXT_WIDTH - image.width * scale) / 2, doc.y, { width: image.width * scale, height })
    doc.y += height
    doc.moveDown(0.5)
  }

  // Now that every page exists: TOC numbers, running heads, footers.
  const pageCount = pageNumber()
  const writeAt = (text: string, x: number, y: number, width: number, size: number, align: 'left' | 'center' | 'right') => {
    doc.y = y
    write(text, { size, x, width, align, gap: 0 })
  }
  const withoutBottomMargin = (draw: () => void) => {
    // Text below the bottom margin would otherwise start a new page.
    const margins = doc.page.margins
    doc.page.margins = { ...margins, bottom: 0 }
    draw()
    doc.page.margins = margins
  }
  tocSlots.forEach((slot, index) => {
    doc.switchToPage(slot.page - 1)
    const number = String(entryPages[index] ?? '')
    const numberX = RIGHT - measure(number, SIZE.body)
    const dotWidth = measure(LEADER, SIZE.body)
    const dots = leaderDots({ from: slot.end, to: numberX, dotWidth, space: SIZE.body / 3 })
    if (dots > 0) writeLine(LEADER.repeat(dots), { size: SIZE.body, x: numberX - SIZE.body / 3 - dots * dotWidth, y: slot.y })
    writeLine(number, { size: SIZE.body, x: numberX, y: slot.y })
  })
  const sectionsOfPages = runningSections(pageCount, sectionStarts, pageLabels)
  const head = `${issue.masthead}　${issueLabel(issue)}`
  for (let page = 2; page <= pageCount; page += 1) {
    doc.switchToPage(page - 1)
    withoutBottomMargin(() => {
      const top = PAGE.margins.top - 22
      writeAt(head, LEFT, top, TEXT_WIDTH / 2, SIZE.head, 'left')
      writeAt(sectionsOfPages[page - 1] ?? '', LEFT + TEXT_WIDTH / 2, top, TEXT_WIDTH / 2, SIZE.head, 'right')
      doc.moveTo(LEFT, top + SIZE.head + 5).lineTo(RIGHT, top + SIZE.head + 5).lineWidth(0.5).stroke()
      writeAt(footerText(page, pageCount), LEFT, PAGE.height - PAGE.margins.bottom + 20, TEXT_WIDTH, SIZE.head, 'center')
    })
  }

  doc.end()
  await finished
  return { pdf: Buffer.concat(chunks), pageCount, entryPages, uncoveredCharacters: [...uncovered] }
}
