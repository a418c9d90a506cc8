import type { PrintableDocument } from '../printableDocument'

import { openPdfDocument } from './document'
import { footerText, PAGE, TEXT_WIDTH } from './layout'
import { createPen, LEFT, SIZE } from './pen'
import { writeBlocks } from './richText'

export type DocumentPdfResult = {
  pdf: Buffer
  pageCount: number
  /** Characters no font has, printed as 〓. */
  uncoveredCharacters: string[]
}

/**
 * One document on the bulletin's page: its title and subtitle centred, the blocks (headings, paragraphs, tables)
 * flowing after, and "第 n 页 共 N 页" at the foot of every page once the count is known. Deterministic.
 */
export const renderDocumentPdf = async (document: PrintableDocument): Promise<DocumentPdfResult> => {
  const { doc, bytes } = openPdfDocument({
    title: document.title,
    author: document.publisher,
    subject: document.title,
    publicationDate: document.publicationDate,
  })
  const pen = createPen(doc)
  pen.write(document.title, { size: SIZE.section, align: 'center', isBold: true })
  doc.moveDown(0.5)
  pen.write(document.subtitle, { size: SIZE.meta + 1, align: 'center' })
  doc.moveDown(1)
  writeBlocks(pen, document.blocks, new Map())
  const pageCount = pen.pageNumber()
  for (let page = 1; page <= pageCount; page += 1) {
    doc.switchToPage(page - 1)
    // Text below the bottom margin would otherwise start a new page.
    const margins = doc.page.margins
    doc.page.margins = { ...margins, bottom: 0 }
    doc.y = PAGE.height - PAGE.margins.bottom + 20
    pen.write(footerText(page, pageCount), { size: SIZE.head, x: LEFT, width: TEXT_WIDTH, align: 'center', gap: 0 })
    doc.page.margins = margins
  }
  doc.end()
  return { pdf: await bytes, pageCount, uncoveredCharacters: [...pen.uncovered] }
}
