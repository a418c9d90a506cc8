import type { Payload } from 'payload'

import { ISSUES_SLUG } from './defaults'
import { issueLabel } from './printable'
import { isoDay } from './sources'

export type PublishedIssueListing = {
  year: number
  issues: Array<{
    id: number | string
    masthead: string
    /** "2026年第3期（总第45期）" */
    label: string
    publicationDate: string | null
    downloads: { pdf: string; docx: string; print: string }
  }>
}

/**
 * What the portal's bulletin page shows: published issues grouped by year (newest first), with their
 * download links. Read as the public reads (overrideAccess: false, no user), so drafts never appear.
 */
export const listPublishedIssues = async (
  payload: Payload,
  { apiRoute = '/api' }: { apiRoute?: string } = {},
): Promise<PublishedIssueListing[]> => {
  const { docs } = await payload.find({
    collection: ISSUES_SLUG,
    where: { _status: { equals: 'published' } },
    sort: ['-year', '-issueNumber'],
    limit: 0,
    depth: 0,
    overrideAccess: false,
    select: { title: true, year: true, issueNumber: true, cumulativeNumber: true, publicationDate: true },
  })
  const byYear = new Map<number, PublishedIssueListing['issues']>()
  for (const doc of docs) {
    const base = `${apiRoute}/${ISSUES_SLUG}/${doc.id}`
    const issues = byYear.get(doc.year) ?? []
    issues.push({
      id: doc.id,
      masthead: doc.title,
      label: issueLabel(doc),
      publicationDate: isoDay(doc.publicationDate),
      downloads: { pdf: `${base}/pdf`, docx: `${base}/docx`, print: `${base}/print` },
    })
    byYear.set(doc.year, issues)
  }
  return [...byYear.entries()].map(([year, issues]) => ({ year, issues }))
}
