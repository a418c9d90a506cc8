import type { PrintableDocument } from '../../bulletin'
import type { CaseKind, CaseResult } from '../fields/table4'
import type { ReportSnapshot } from '../snapshot'

import { localDay } from '../../../src/lib/platform/dates'
import { blocksOfRichText } from '../../bulletin'
import { caseKinds, caseResults } from '../fields/table4'
import { reportBlocks } from './reportBlocks'

/** A stored report as the download endpoints read it (depth 1: the institution populated). */
export type StoredReport = {
  title: string
  year: number
  institution?: { name?: string } | number | null
  snapshot?: unknown
  decisions?: Partial<Record<'licensing' | 'penalties' | 'enforcement' | 'fees', number | null>> | null
  table4?: Partial<Record<CaseKind, Partial<Record<CaseResult, number | null>> | null>> | null
  overview?: unknown
  problems?: unknown
  otherMatters?: unknown
  updatedAt: string
}

type RichTextValue = Parameters<typeof blocksOfRichText>[0]

/** "2026年1月20日" */
const chineseDay = (day: string) => {
  const [year, month, date] = day.split('-').map(Number)
  return `${year}年${month}月${date}日`
}

/**
 * The printable document of a report, dated by its last save (a published report's is its publication): title,
 * the institution and date under it, then the six parts of the national format.
 */
export const printableReport = (report: StoredReport, timeZone: string): PrintableDocument => {
  const day = localDay(new Date(report.updatedAt), timeZone)
  const institutionName = typeof report.institution === 'object' ? (report.institution?.name ?? '') : ''
  const decisions = report.decisions ?? {}
  const table4 = Object.fromEntries(
    caseKinds.map(({ key }) => [
      key,
      Object.fromEntries(caseResults.map((result) => [result.key, report.table4?.[key]?.[result.key] ?? 0])),
    ]),
  ) as Record<CaseKind, Record<CaseResult, number>>
  return {
    title: report.title,
    subtitle: [institutionName, chineseDay(day)].filter(Boolean).join('　'),
    publisher: institutionName,
    publicationDate: day,
    blocks: reportBlocks({
      overview: blocksOfRichText(report.overview as RichTextValue),
      problems: blocksOfRichText(report.problems as RichTextValue),
      otherMatters: blocksOfRichText(report.otherMatters as RichTextValue),
      snapshot: report.snapshot as ReportSnapshot,
      decisions: {
        licensing: decisions.licensing ?? 0,
        penalties: decisions.penalties ?? 0,
        enforcement: decisions.enforcement ?? 0,
        fees: decisions.fees ?? 0,
      },
      table4,
    }),
  }
}
