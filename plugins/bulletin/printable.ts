/** What every renderer (PDF, DOCX, HTML) reads: an issue as it prints, frozen or previewed. */

/** The Lexical document as stored by Payload (root with children). */
export type LexicalDocument = { root: { children: unknown[] } & Record<string, unknown> }

/** What prints of one entry, copied from the exact published version of its document. */
export type EntrySnapshot = {
  collection: string
  documentId: string
  /** The id of the document's version that was published when the issue was. */
  versionId: string
  title: string
  documentNumber: string | null
  indexNumber: string | null
  /** YYYY-MM-DD */
  date: string | null
  body: LexicalDocument | null
  /** sha256 over everything above, hex. */
  contentHash: string
}

export type PrintableSection = { heading: string; entries: EntrySnapshot[] }

export type PrintableIssue = {
  id: string
  masthead: string
  publisher: string
  year: number
  issueNumber: number
  cumulativeNumber: number
  /** YYYY-MM-DD */
  publicationDate: string
  coverImage: string | null
  editorsNote: LexicalDocument | null
  sections: PrintableSection[]
  isFrozen: boolean
  contentHash: string
}

/** "2026年第3期（总第45期）", the line under the masthead. */
export const issueLabel = ({
  year,
  issueNumber,
  cumulativeNumber,
}: Pick<PrintableIssue, 'year' | 'issueNumber' | 'cumulativeNumber'>) =>
  `${year}年第${issueNumber}期（总第${cumulativeNumber}期）`

/** "2026年3月5日" from YYYY-MM-DD. */
export const chineseDate = (isoDate: string | null): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '')
  return match ? `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日` : ''
}

/** The metadata line printed under an entry's title. */
export const entryMetaLine = (entry: Pick<EntrySnapshot, 'documentNumber' | 'indexNumber' | 'date'>): string =>
  [
    entry.documentNumber ? `文号：${entry.documentNumber}` : null,
    entry.indexNumber ? `索引号：${entry.indexNumber}` : null,
    entry.date ? `日期：${chineseDate(entry.date)}` : null,
  ]
    .filter(Boolean)
    .join('　')
