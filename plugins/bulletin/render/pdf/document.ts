import PDFDocument from 'pdfkit'

import { documentDate, PAGE } from './layout'

export type OpenedPdf = {
  doc: PDFKit.PDFDocument
  /** The finished file, once `doc.end()` has been called. */
  bytes: Promise<Buffer>
}

/** The PDF's metadata: what readers show as its title, author and subject, and the day it is dated. */
export type PdfInfo = { title: string; author: string; subject: string; /** YYYY-MM-DD */ publicationDate: string }

/**
 * An A4 document whose pages stay buffered (so the contents' page numbers and the page furniture can be written once
 * every page exists), dated from the document and not the clock, so the same content gives the same file.
 */
export const openPdfDocument = ({ title, author, subject, publicationDate }: PdfInfo): OpenedPdf => {
  const date = documentDate(publicationDate)
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: title,
      Author: author,
      Subject: subject,
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
