import type { EntrySnapshot, PrintableIssue } from '../../printable'
import type { Pen } from './pen'

import { entryMetaLine } from '../../printable'
import { blocksOfRichText } from '../blocks'
import { SIZE } from './pen'
import { writeBlocks } from './richText'

export type SectionStart = { page: number; heading: string }

export type WrittenEntries = {
  sectionStarts: SectionStart[]
  /** The page (1-based) where each entry begins, in print order. */
  entryPages: number[]
}

/** The editor's note on a page of its own, when the issue has one with any content. */
export const writeEditorsNote = (pen: Pen, issue: PrintableIssue, images: Map<string, Buffer>) => {
  const blocks = issue.editorsNote ? blocksOfRichText(issue.editorsNote) : []
  if (blocks.length === 0) return
  pen.newPage('编者按')
  pen.doc.outline.addItem('编者按')
  pen.write('编者按', { size: SIZE.section, align: 'center', isBold: true })
  pen.doc.moveDown(1)
  writeBlocks(pen, blocks, images)
}

/** Sections and their entries; each section begins on a new page, each entry where at least its head fits. */
export const writeEntries = (
  pen: Pen,
  issue: PrintableIssue,
  images: Map<string, Buffer>,
  onProgress?: (fraction: number) => void,
): WrittenEntries => {
  const sectionStarts: SectionStart[] = []
  const entryPages: number[] = []
  const total = issue.sections.reduce((sum, section) => sum + section.entries.length, 0)
  for (const section of issue.sections) {
    if (section.entries.length === 0) continue
    pen.newPage(section.heading)
    sectionStarts.push({ page: pen.pageNumber(), heading: section.heading })
    const sectionItem = pen.doc.outline.addItem(section.heading, { expanded: true })
    pen.write(section.heading, { size: SIZE.section, align: 'center', isBold: true })
    pen.doc.moveDown(1)
    for (const entry of section.entries) {
      pen.ensureSpace(140)
      entryPages.push(pen.pageNumber())
      sectionItem.addItem(entry.title)
      writeEntry(pen, entry, images)
      onProgress?.(entryPages.length / total)
    }
  }
  return { sectionStarts, entryPages }
}

const writeEntry = (pen: Pen, entry: EntrySnapshot, images: Map<string, Buffer>) => {
  pen.write(entry.title, { size: SIZE.entryTitle, align: 'center', gap: 6, isBold: true })
  pen.doc.moveDown(0.3)
  const meta = entryMetaLine(entry)
  if (meta) pen.write(meta, { size: SIZE.meta, align: 'center' })
  pen.doc.moveDown(0.8)
  writeBlocks(pen, blocksOfRichText(entry.body), images)
  pen.doc.moveDown(1.5)
}
