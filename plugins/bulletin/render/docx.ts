import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import JSZip from 'jszip'

import type { PrintableIssue } from '../printable'
import type { Block, Run } from './blocks'
import type { PrintableDocument } from './printableDocument'

import { chineseDate, entryMetaLine, issueLabel } from '../printable'
import { blocksOfRichText } from './blocks'
import { documentDate } from './pdf/layout'

const textRuns = (runs: Run[]) =>
  runs.map((run) => new TextRun({ text: run.text, bold: run.isBold, italics: run.isItalic }))

const headingOf = (level: number) =>
  [
    HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4,
    HeadingLevel.HEADING_5,
    HeadingLevel.HEADING_6,
  ][Math.min(level, 5) - 1] ?? HeadingLevel.HEADING_6

const blockElements = (blocks: Block[]): Array<Paragraph | Table> =>
  blocks.flatMap((block): Array<Paragraph | Table> => {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: headingOf(block.level), children: textRuns(block.runs) })]
      case 'paragraph':
        return [new Paragraph({ indent: { firstLine: 480 }, children: textRuns(block.runs) })]
      case 'list':
        return block.items.map(
          (item, index) =>
            new Paragraph({
              indent: { left: 480 },
              children: [new TextRun(block.isOrdered ? `${index + 1}. ` : '• '), ...textRuns(item)],
            }),
        )
      case 'table': {
        const weights = block.widths
        const sum = weights?.reduce((total, weight) => total + weight, 0) ?? 0
        // Widths in fiftieths of a percent, as WidthType.PERCENTAGE counts them.
        const widthOf = (index: number) =>
          weights && weights.length === block.rows[0]?.length
            ? { size: Math.round((5000 * weights[index]!) / sum), type: WidthType.PERCENTAGE }
            : undefined
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: block.rows.map(
              (row) =>
                new TableRow({
                  children: row.map(
                    (cell, index) =>
                      new TableCell({ width: widthOf(index), children: [new Paragraph({ children: textRuns(cell) })] }),
                  ),
                }),
            ),
          }),
        ]
      }
      case 'image':
        // Typesetters place images from the media library; the DOCX marks where each goes.
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun(`［图片 ${block.mediaId}${block.alt ? `：${block.alt}` : ''}］`)],
          }),
        ]
    }
  })

/**
 * The docx package stamps its core properties with the time of rendering, and the zip entries with
 * their own: both set to the issue's date, the same frozen issue gives the same bytes.
 */
const withFixedDates = async (docx: Buffer, date: Date): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(docx)
  const core = zip.file('docProps/core.xml')
  if (core) {
    const stamped = (await core.async('string')).replace(
      /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
      `$1${date.toISOString().replace(/\.\d{3}Z$/, 'Z')}$2`,
    )
    zip.file('docProps/core.xml', stamped)
  }
  zip.forEach((_, file) => {
    file.date = date
  })
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' })
}

/** The running head of every page after the cover: masthead and issue, ruled off as the PDF's. */
const runningHead = (issue: PrintableIssue) =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, space: 1, color: '000000' } },
        children: [new TextRun({ text: `${issue.masthead}　${issueLabel(issue)}`, size: 18 })],
      }),
    ],
  })

/** 第 X 页 共 Y 页, as PAGE and NUMPAGES fields that Word fills in. */
const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ size: 18, children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] }),
        ],
      }),
    ],
  })

/** The cover carries neither head nor page number, as in print. */
const blankHeader = () => new Header({ children: [new Paragraph({ children: [] })] })
const blankFooter = () => new Footer({ children: [new Paragraph({ children: [] })] })

/**
 * The DOCX for typesetters: the same order and headings as the PDF (masthead, issue line, a table of
 * contents, columns as Heading 1, entries as Heading 2 with their 文号, index number and date, then the
 * body), with running heads and page numbers. The contents are a TOC field written with its entries
 * (linked to the headings) and dot leaders; Word fills in the page numbers when it opens the file.
 */
export const renderDocx = async (issue: PrintableIssue): Promise<Buffer> => {
  const note = blocksOfRichText(issue.editorsNote)
  const children: Array<Paragraph | Table | TableOfContents> = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(issue.masthead)],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(issueLabel(issue))] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun(`${issue.publisher}　${chineseDate(issue.publicationDate)}`)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
      children: [new TextRun({ text: '目　录', bold: true, size: 32 })],
    }),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
    ...(note.length > 0
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('编者按')] }),
          ...blockElements(note),
        ]
      : []),
  ]
  for (const section of issue.sections) {
    if (section.entries.length === 0) continue
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [new TextRun(section.heading)],
      }),
    )
    for (const entry of section.entries) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          alignment: AlignmentType.CENTER,
          children: [new TextRun(entry.title)],
        }),
      )
      const meta = entryMetaLine(entry)
      if (meta)
        children.push(
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta, size: 20 })] }),
        )
      children.push(...blockElements(blocksOfRichText(entry.body)))
    }
  }
  const document = new Document({
    title: `${issue.masthead} ${issueLabel(issue)}`,
    creator: issue.publisher,
    lastModifiedBy: issue.publisher,
    styles: {
      default: { document: { run: { font: { eastAsia: 'Noto Serif SC', ascii: 'Noto Serif SC' }, size: 24 } } },
    },
    features: { updateFields: true },
    sections: [
      {
        properties: { titlePage: true, page: { size: { width: 11906, height: 16838 } } },
        headers: { default: runningHead(issue), first: blankHeader() },
        footers: { default: pageFooter(), first: blankFooter() },
        children,
      },
    ],
  })
  return withFixedDates(await Packer.toBuffer(document), documentDate(issue.publicationDate))
}

/**
 * One document (a report) as DOCX in the bulletin's style: the title and subtitle centred, then the blocks, with page
 * numbers at the foot of every page. Dated from the document, so the same content gives the same bytes.
 */
export const renderDocumentDocx = async (printable: PrintableDocument): Promise<Buffer> => {
  const document = new Document({
    title: printable.title,
    creator: printable.publisher,
    lastModifiedBy: printable.publisher,
    styles: {
      default: { document: { run: { font: { eastAsia: 'Noto Serif SC', ascii: 'Noto Serif SC' }, size: 24 } } },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: { default: pageFooter() },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun(printable.title)],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(printable.subtitle)] }),
          ...blockElements(printable.blocks),
        ],
      },
    ],
  })
  return withFixedDates(await Packer.toBuffer(document), documentDate(printable.publicationDate))
}
