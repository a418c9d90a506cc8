import type { LoadedFont } from './fonts'

import { boldFont, boldFontFor, fontFor, primaryFont, splitByFont } from './fonts'
import { PAGE } from './layout'

export const SIZE = {
  masthead: 40,
  coverLine: 18,
  tocTitle: 20,
  section: 18,
  entryTitle: 16,
  meta: 10,
  body: 11.5,
  head: 9,
}
export const LINE_GAP = 5
export const LEFT = PAGE.margins.left
export const RIGHT = PAGE.width - PAGE.margins.right
export const MAX_Y = PAGE.height - PAGE.margins.bottom

export type TextOptions = {
  size: number
  x?: number
  width?: number
  align?: 'left' | 'center' | 'right'
  gap?: number
  isBold?: boolean
}

/** What every step writes with: text in the fonts that cover it, and the page bookkeeping the furniture needs. */
export type Pen = {
  doc: PDFKit.PDFDocument
  /** Flowing text from the cursor, wrapped to `width`. */
  write: (text: string, options: TextOptions) => void
  /** One line at (x, y), never wrapped; answers where it ends. */
  writeLine: (text: string, at: { size: number; x: number; y: number }) => number
  measure: (text: string, size: number) => number
  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensureSpace: (height: number) => void
  /** Pages so far (1-based number of the current page while writing in order). */
  pageNumber: () => number
  /** Opens a new page belonging to `label` (the running head of pages that flow on from it). */
  newPage: (label: string) => void
  /** The label in force when each page began, by page index. */
  pageLabels: string[]
  selectFont: (font: LoadedFont) => void
  /** Characters no font has, printed as 〓. */
  uncovered: Set<string>
}

export const createPen = (doc: PDFKit.PDFDocument): Pen => {
  const primary = primaryFont()
  const uncovered = new Set<string>()
  // Registered when first used, so the PDF embeds only the fonts the issue needs, in a fixed order.
  const registered = new Set<string>()
  const selectFont = (font: LoadedFont) => {
    if (!registered.has(font.name)) {
      doc.registerFont(font.name, font.data)
      registered.add(font.name)
    }
    doc.font(font.name)
  }
  // Headings print in the bold weight of the same family; characters it lacks fall back as in body text.
  const runsOf = (text: string, isBold = false) =>
    isBold ? splitByFont(text, boldFontFor, boldFont(), uncovered) : splitByFont(text, fontFor, primary, uncovered)

  const pageLabels: string[] = ['']
  let currentLabel = ''
  // Pages are also added while text flows, and belong to the label in force then.
  doc.on('pageAdded', () => pageLabels.push(currentLabel))

  return {
    doc,
    pageLabels,
    uncovered,
    selectFont,
    write: (text, { size, x = LEFT, width = RIGHT - x, align = 'left', gap = LINE_GAP, isBold = false }) => {
      const runs = runsOf(text, isBold)
      runs.forEach((run, index) => {
        selectFont(run.font)
        doc.fontSize(size)
        const options = { width, align, lineGap: gap, continued: index < runs.length - 1 }
        if (index === 0) doc.text(run.text, x, doc.y, options)
        else doc.text(run.text, options)
      })
    },
    writeLine: (text, { size, x, y }) => {
      doc.x = x
      doc.y = y
      for (const run of runsOf(text)) {
        selectFont(run.font)
        doc.fontSize(size)
        doc.text(run.text, doc.x, y, { lineBreak: false })
      }
      return doc.x
    },
    measure: (text, size) =>
      runsOf(text).reduce((width, run) => {
        selectFont(run.font)
        doc.fontSize(size)
        return width + doc.widthOfString(run.text)
      }, 0),
    ensureSpace: (height) => {
      if (doc.y + height > MAX_Y) doc.addPage()
    },
    pageNumber: () => doc.bufferedPageRange().count,
    newPage: (label) => {
      currentLabel = label
      doc.addPage()
    },
  }
}
