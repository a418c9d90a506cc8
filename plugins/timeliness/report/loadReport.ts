import type { PayloadRequest } from 'payload'

import type { ReportQuery } from '../period'
import type { ResolvedTimelinessOptions } from '../types'
import type { PublicationCount } from './publicationCounts'
import type { Publication } from './publications'
import type { StaleColumn } from './staleColumns'

import { loadNewestLatePublications } from './newestLate'
import { loadPublicationCounts } from './publicationCounts'
import { loadPublications } from './publications'
import { loadStaleColumns } from './staleColumns'

/** One institution's part of the notice: its late publications and stale columns. */
export type InstitutionFindings = {
  institution: number
  name: string
  /** How many it published late in the period. */
  lateCount: number
  /** Every one of them, or its newest few where the caller asked for an overview (oldest first). */
  latePublications: Publication[]
  staleColumns: StaleColumn[]
}

/** The late-publisher report (Art. 47 notice): per institution, what was published late and which columns went stale. */
export type LatePublisherReport = ReportQuery & {
  /** The period's publications counted by institution and month (published, with a deadline, on time, late). */
  counts: PublicationCount[]
  /** Institutions with a late publication or a stale column, each with every one of them. */
  institutions: InstitutionFindings[]
}

/** The names of the institutions, by id (one read). */
export const institutionNames = async (
  req: PayloadRequest,
  options: ResolvedTimelinessOptions,
  ids: number[],
): Promise<Map<number, string>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: options.institutionsCollection,
    where: { id: { in: ids } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(
    docs.map((doc): Record<string, unknown> => ({ ...doc })).map((doc) => [Number(doc.id), String(doc.name ?? doc.id)]),
  )
}

/** The report the admin view shows, the export prints and the dashboard's charts count: one loader for all three. */
export const loadLatePublisherReport = async ({
  req,
  options,
  query,
  lateRowsPerInstitution,
}: {
  req: PayloadRequest
  options: ResolvedTimelinessOptions
  query: ReportQuery
  /** The dashboard's overview: only each institution's newest late items (the count stays whole). Every one by default. */
  lateRowsPerInstitution?: number
}): Promise<LatePublisherReport> => {
  // Counted in SQL, and only the late ones read as rows: a period of a large catalogue is 100,000s of documents.
  const load = { req, options, period: query, institution: query.institution }
  const [counts, late, staleColumns] = await Promise.all([
    loadPublicationCounts(load),
    lateRowsPerInstitution === undefined
      ? loadPublications({ ...load, isLateOnly: true })
      : loadNewestLatePublications({ ...load, perInstitution: lateRowsPerInstitution }),
    loadStaleColumns({ req, options, asOf: query.to, institution: query.institution }),
  ])
  const lateCounts = new Map<number, number>()
  for (const row of counts) {
    if (row.institution !== null && row.late > 0)
      lateCounts.set(row.institution, (lateCounts.get(row.institution) ?? 0) + row.late)
  }
  const ids = [...new Set([...lateCounts.keys(), ...staleColumns.map((row) => row.institution)])]
  const names = await institutionNames(req, options, ids)
  const lateByInstitution = new Map<null | number, Publication[]>()
  for (const row of late) {
    const rows = lateByInstitution.get(row.institution) ?? []
    rows.push(row)
    lateByInstitution.set(row.institution, rows)
  }
  const institutions = ids
    .map((id) => ({
      institution: id,
      name: names.get(id) ?? String(id),
      lateCount: lateCounts.get(id) ?? 0,
      latePublications: lateByInstitution.get(id) ?? [],
      staleColumns: staleColumns.filter((row) => row.institution === id),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  return { ...query, counts, institutions }
}
