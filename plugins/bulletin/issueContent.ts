import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import type { ISSUES_SLUG } from './defaults'
import type { EntrySnapshot, PrintableIssue, PrintableSection } from './printable'

import { contentHashOf } from './contentHash'
import { snapshotOf } from './snapshot'
import { isoDay, refOf } from './sources'

/** An issue document as stored (depth 0). */
export type IssueDoc = DataFromCollectionSlug<typeof ISSUES_SLUG>

const idOf = (value: IssueDoc['cover']): string | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? String(value.id) : String(value)

/** The issue's own printed fields: part of the issue's content hash, and locked once frozen. */
export const printedIssueFields = (doc: IssueDoc) => ({
  masthead: doc.title,
  year: doc.year,
  issueNumber: doc.issueNumber,
  cumulativeNumber: doc.cumulativeNumber,
  publicationDate: isoDay(doc.publicationDate),
  cover: idOf(doc.cover),
  editorsNote: doc.editorsNote ?? null,
  sections: (doc.sections ?? []).map((section) => ({
    heading: section.heading,
    entries: (section.entries ?? []).map((entry) => refOf(entry.document)),
  })),
})

export const issueHashOf = (doc: IssueDoc, sections: PrintableSection[]): string =>
  contentHashOf({
    ...printedIssueFields(doc),
    entries: sections.map((section) => section.entries.map((entry) => entry.contentHash)),
  })

/**
 * The issue as it prints. A frozen issue reads only its snapshots (never the placed documents, which
 * may have changed since); an unfrozen one is a preview from the documents' current published versions.
 */
export const printableIssue = async ({
  req,
  doc,
  publisher,
}: {
  req: PayloadRequest
  doc: IssueDoc
  publisher: string
}): Promise<PrintableIssue> => {
  const isFrozen = Boolean(doc.frozenAt)
  const sections: PrintableSection[] = []
  for (const section of doc.sections ?? []) {
    const entries: EntrySnapshot[] = []
    for (const entry of section.entries ?? []) {
      const ref = refOf(entry.document)
      if (isFrozen && entry.frozen?.snapshot) entries.push(entry.frozen.snapshot as EntrySnapshot)
      else if (ref) entries.push(await snapshotOf(req, ref))
    }
    sections.push({ heading: section.heading, entries })
  }
  return {
    id: String(doc.id),
    masthead: doc.title,
    publisher,
    year: doc.year,
    issueNumber: doc.issueNumber,
    cumulativeNumber: doc.cumulativeNumber,
    publicationDate: isoDay(doc.publicationDate) ?? '',
    coverImage: idOf(doc.cover),
    editorsNote: doc.editorsNote ?? null,
    sections,
    isFrozen,
    contentHash: isFrozen && doc.contentHash ? doc.contentHash : issueHashOf(doc, sections),
  }
}
