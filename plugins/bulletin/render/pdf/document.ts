import PDFDocument from 'pdfkit'

import type { PrintableIssue } from '../../printable'

import { issueLabel } from '../../printable'
import { documentDate, PAGE } from './layout'

export type OpenedPdf = {
  doc: PDFKit.PDFDocument
  /** The finished file, once `doc.end()` has been called. */
  bytes: Promise<Buffer>
}

/**
 * An A4 document whose pages stay buffered (so the contents' page numbers and the page furniture can be written once
 * every page exists), dated from the issue and not the clock, so the same issue gives the same file.
 */
export const openPdfDocument = (issue: PrintableIssue): OpenedPdf => {
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
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  return { doc, bytes }
}
