import type { PrintableIssue } from '../../printable'
import type { Pen } from './pen'

import { chineseDate, issueLabel } from '../../printable'
import { PAGE, TEXT_WIDTH } from './layout'
import { LEFT, MAX_Y, SIZE } from './pen'

/** Page 1: masthead, issue number, publisher and date, and the cover image when the issue has one. */
export const writeCover = (pen: Pen, issue: PrintableIssue, images: Map<string, Buffer>) => {
  const { doc, write } = pen
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
}
