import type { PrintableIssue } from '../../printable'
import type { SectionStart } from './entries'
import type { Pen, TextOptions } from './pen'

import { issueLabel } from '../../printable'
import { footerText, PAGE, runningSections, TEXT_WIDTH } from './layout'
import { LEFT, RIGHT, SIZE } from './pen'

/**
 * Every page but the cover: the running head (masthead and issue on the left, the section on the right, a rule under
 * them) and the footer "第 n 页 共 N 页". Written last, once the page count is known.
 */
export const writePageFurniture = (pen: Pen, issue: PrintableIssue, sectionStarts: SectionStart[]) => {
  const { doc } = pen
  const pageCount = pen.pageNumber()
  const writeAt = (text: string, at: Required<Pick<TextOptions, 'x' | 'width' | 'align'>> & { y: number }) => {
    doc.y = at.y
    pen.write(text, { size: SIZE.head, x: at.x, width: at.width, align: at.align, gap: 0 })
  }
  const sectionsOfPages = runningSections(pageCount, sectionStarts, pen.pageLabels)
  const head = `${issue.masthead}　${issueLabel(issue)}`
  const top = PAGE.margins.top - 22
  for (let page = 2; page <= pageCount; page += 1) {
    doc.switchToPage(page - 1)
    // Text below the bottom margin would otherwise start a new page.
    const margins = doc.page.margins
    doc.page.margins = { ...margins, bottom: 0 }
    writeAt(head, { x: LEFT, y: top, width: TEXT_WIDTH / 2, align: 'left' })
    writeAt(sectionsOfPages[page - 1] ?? '', {
      x: LEFT + TEXT_WIDTH / 2,
      y: top,
      width: TEXT_WIDTH / 2,
      align: 'right',
    })
    doc
      .moveTo(LEFT, top + SIZE.head + 5)
      .lineTo(RIGHT, top + SIZE.head + 5)
      .lineWidth(0.5)
      .stroke()
    writeAt(footerText(page, pageCount), {
      x: LEFT,
      y: PAGE.height - PAGE.margins.bottom + 20,
      width: TEXT_WIDTH,
      align: 'center',
    })
    doc.page.margins = margins
  }
}
