import type { PrintableIssue } from '../../printable'
import type { Pen } from './pen'

import { leaderDots, TEXT_WIDTH, TOC_NUMBER_WIDTH, wrapLines } from './layout'
import { LEFT, LINE_GAP, RIGHT, SIZE } from './pen'

/** Where an entry's page number goes: the end of its title's last line in the contents. */
export type ContentsSlot = { page: number; y: number; end: number }

/** The leader between a contents title and its page number. */
const LEADER = '.'

/**
 * The table of contents with its page numbers left blank (the entries are not laid out yet); answers one slot per
 * entry, in print order, for `writeContentsPageNumbers`.
 */
export const writeContents = (pen: Pen, issue: PrintableIssue): ContentsSlot[] => {
  const { doc, write } = pen
  pen.newPage('目录')
  doc.outline.addItem('目录')
  write('目　录', { size: SIZE.tocTitle, align: 'center', isBold: true })
  doc.moveDown(1)
  // Each title is broken into lines here, so the end of its last line (where the leader dots begin) is known.
  const slots: ContentsSlot[] = []
  const titleX = LEFT + 2 * SIZE.body
  const titleWidth = TEXT_WIDTH - 2 * SIZE.body - TOC_NUMBER_WIDTH - 12
  for (const section of issue.sections) {
    if (section.entries.length === 0) continue
    pen.ensureSpace(60)
    write(section.heading, { size: SIZE.body + 2, gap: 8, isBold: true })
    for (const entry of section.entries) {
      const lines = wrapLines(entry.title, titleWidth, (text) => pen.measure(text, SIZE.body))
      lines.forEach((line, index) => {
        doc.fontSize(SIZE.body)
        const height = doc.currentLineHeight(true) + LINE_GAP
        pen.ensureSpace(height)
        const y = doc.y
        const end = pen.writeLine(line, { size: SIZE.body, x: titleX, y })
        doc.x = LEFT
        doc.y = y + height
        if (index === lines.length - 1) slots.push({ page: pen.pageNumber(), y, end })
      })
    }
    doc.moveDown(0.5)
  }
  return slots
}

/** Fills each slot with its entry's page number, right-aligned behind a row of leader dots. */
export const writeContentsPageNumbers = (pen: Pen, slots: ContentsSlot[], entryPages: number[]) => {
  slots.forEach((slot, index) => {
    pen.doc.switchToPage(slot.page - 1)
    const number = String(entryPages[index] ?? '')
    const numberX = RIGHT - pen.measure(number, SIZE.body)
    const dotWidth = pen.measure(LEADER, SIZE.body)
    const dots = leaderDots({ from: slot.end, to: numberX, dotWidth, space: SIZE.body / 3 })
    if (dots > 0)
      pen.writeLine(LEADER.repeat(dots), { size: SIZE.body, x: numberX - SIZE.body / 3 - dots * dotWidth, y: slot.y })
    pen.writeLine(number, { size: SIZE.body, x: numberX, y: slot.y })
  })
}
