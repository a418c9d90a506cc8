import type { Block, Run } from '../blocks'
import type { Pen } from './pen'

import { textOf } from '../blocks'
import { primaryFont } from './fonts'
import { PAGE, TEXT_WIDTH } from './layout'
import { LEFT, MAX_Y, SIZE } from './pen'

/** Rich-text blocks (headings, paragraphs, lists, tables, images) flowing from the cursor, as Chinese body text is set. */
export const writeBlocks = (pen: Pen, blocks: Block[], images: Map<string, Buffer>) => {
  const { doc, write } = pen
  for (const block of blocks) {
    if (block.kind === 'heading') {
      pen.ensureSpace(60)
      write(textOf(block.runs), { size: Math.max(SIZE.body, SIZE.entryTitle - block.level), gap: 6, isBold: true })
      doc.moveDown(0.3)
    } else if (block.kind === 'paragraph') {
      // First-line indent of two characters, as Chinese body text is set.
      write(`　　${textOf(block.runs)}`, { size: SIZE.body })
      doc.moveDown(0.3)
    } else if (block.kind === 'list') {
      block.items.forEach((item, index) => {
        write(`${block.isOrdered ? `${index + 1}.` : '•'} ${textOf(item)}`, {
          size: SIZE.body,
          x: LEFT + 2 * SIZE.body,
          width: TEXT_WIDTH - 2 * SIZE.body,
        })
      })
      doc.moveDown(0.3)
    } else if (block.kind === 'table') {
      writeTable(pen, block.rows, block.widths)
    } else {
      writeImage(pen, images.get(block.mediaId))
    }
  }
}

/** Column widths in points: the given weights scaled to the text width, else equal columns. */
const columnWidths = (columns: number, weights?: number[]): number[] => {
  const given = weights && weights.length === columns ? weights : Array.from({ length: columns }, () => 1)
  const sum = given.reduce((total, weight) => total + weight, 0)
  return given.map((weight) => (TEXT_WIDTH * weight) / sum)
}

const writeTable = (pen: Pen, rows: Run[][][], weights?: number[]) => {
  const { doc } = pen
  const columns = Math.max(1, ...rows.map((row) => row.length))
  const widths = columnWidths(columns, weights)
  const lefts = widths.map((_, index) => LEFT + widths.slice(0, index).reduce((total, width) => total + width, 0))
  const padding = 4
  pen.selectFont(primaryFont())
  doc.fontSize(SIZE.body - 1)
  for (const row of rows) {
    const height =
      Math.max(
        ...row.map((cell, index) =>
          doc.heightOfString(textOf(cell) || ' ', { width: widths[index]! - 2 * padding, lineGap: 2 }),
        ),
      ) +
      2 * padding
    pen.ensureSpace(height)
    const top = doc.y
    row.forEach((cell, index) => {
      const x = lefts[index]!
      const width = widths[index]!
      doc.rect(x, top, width, height).lineWidth(0.5).stroke()
      doc.y = top + padding
      pen.write(textOf(cell), { size: SIZE.body - 1, x: x + padding, width: width - 2 * padding, gap: 2 })
    })
    doc.y = top + height
  }
  doc.x = LEFT
  doc.moveDown(0.5)
}

type OpenedImage = { width: number; height: number }

/**
 * PDFKit's `openImage` and `image(openedImage, …)` are public API missing from @types/pdfkit: this view types
 * both, so an image is decoded once to be measured and placed.
 */
type ImageApi = {
  openImage: (src: Buffer) => OpenedImage
  image: (src: OpenedImage, x: number, y: number, options: PDFKit.Mixins.ImageOption) => unknown
}

/** An image at most the text width wide and half the text block high, centred; a missing one is skipped. */
const writeImage = (pen: Pen, data: Buffer | undefined) => {
  if (!data) return
  const { doc } = pen
  const images = doc as unknown as ImageApi
  const image = images.openImage(data)
  const scale = Math.min(1, TEXT_WIDTH / image.width, (MAX_Y - PAGE.margins.top) / 2 / image.height)
  const height = image.height * scale
  pen.ensureSpace(height)
  images.image(image, LEFT + (TEXT_WIDTH - image.width * scale) / 2, doc.y, {
    width: image.width * scale,
    height,
  })
  doc.y += height
  doc.moveDown(0.5)
}
