import type { Payload } from 'payload'

import type { StoredReport } from '../../../../plugins/annual-report'
import type { PrintableDocument } from '../../../../plugins/bulletin'

import { ANNUAL_REPORTS_SLUG, printableReport } from '../../../../plugins/annual-report'
import { DEFAULT_TIME_ZONE } from '../../../lib/platform/dates'

export type AnnualReportEntry = { id: number; title: string; institution: string; indexNumber: string | null }

export type AnnualReportYear = { year: number; reports: AnnualReportEntry[] }

const institutionName = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value ? String(value.name) : ''

/** 政府信息公开年度报告: the published reports the public may read, newest year first. */
export const loadAnnualReports = async ({ payload }: { payload: Payload }): Promise<AnnualReportYear[]> => {
  const { docs } = await payload.find({
    collection: ANNUAL_REPORTS_SLUG,
    where: { _status: { equals: 'published' } },
    sort: '-year',
    pagination: false,
    depth: 1,
    overrideAccess: false,
  })
  const years = new Map<number, AnnualReportEntry[]>()
  for (const doc of docs) {
    const entry = {
      id: doc.id,
      title: doc.title,
      institution: institutionName(doc.institution),
      indexNumber: doc.indexNumber ?? null,
    }
    years.set(doc.year, [...(years.get(doc.year) ?? []), entry])
  }
  return [...years].map(([year, reports]) => ({ year, reports }))
}

export type AnnualReportPage = AnnualReportEntry & { year: number; printable: PrintableDocument }

/** One published report as the public reads it; null for a draft or an unknown id. */
export const loadAnnualReport = async ({ payload, id }: { payload: Payload; id: number }) => {
  const doc = await payload.findByID({
    collection: ANNUAL_REPORTS_SLUG,
    id,
    depth: 1,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!doc || doc._status !== 'published' || !doc.snapshot) return null
  return {
    id: doc.id,
    year: doc.year,
    title: doc.title,
    institution: institutionName(doc.institution),
    indexNumber: doc.indexNumber ?? null,
    printable: printableReport(doc as unknown as StoredReport, DEFAULT_TIME_ZONE),
  } satisfies AnnualReportPage
}
