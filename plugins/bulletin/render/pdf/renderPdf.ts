import type { PrintableIssue } from '../../printable'

import { issueLabel } from '../../printable'
import { writeContents, writeContentsPageNumbers } from './contents'
import { writeCover } from './cover'
import { openPdfDocument } from './document'
import { writeEditorsNote, writeEntries } from './entries'
import { writePageFurniture } from './pageFurniture'
import { createPen } from './pen'

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

/**
 * The print-ready PDF of an issue, in one pass: pages are buffered, so the table of contents is laid out first with
 * its page numbers left blank, and they, the running heads and the footers are written once every page exists.
 * Deterministic: fixed dates from the issue, and no random ids.
 */
export const renderPdf = async ({ issue, images, onProgress }: RenderPdfArgs): Promise<PdfResult> => {
  const { doc, bytes } = openPdfDocument({
    title: `${issue.masthead} ${issueLabel(issue)}`,
    author: issue.publisher,
    subject: issue.masthead,
    publicationDate: issue.publicationDate,
  })
  const pen = createPen(doc)
  writeCover(pen, issue, images)
  const contentsSlots = writeContents(pen, issue)
  writeEditorsNote(pen, issue, images)
  const { sectionStarts, entryPages } = writeEntries(pen, issue, images, onProgress)
  const pageCount = pen.pageNumber()
  writeContentsPageNumbers(pen, contentsSlots, entryPages)
  writePageFurniture(pen, issue, sectionStarts)
  doc.end()
  return { pdf: await bytes, pageCount, entryPages, uncoveredCharacters: [...pen.uncovered] }
}
