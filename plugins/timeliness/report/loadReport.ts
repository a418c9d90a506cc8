import type { PayloadRequest } from 'payload'

import type { ReportQuery } from '../period'
import type { ResolvedTimelinessOptions } from '../types'
import type { Publication } from './publications'
import type { StaleColumn } from './staleColumns'

import { loadPublications } from './publications'
import { loadStaleColumns } from './staleColumns'

/** One institution's part of the notice: its late publications and stale columns. */
export type InstitutionFindings = {
  institution: number
  name: string
  latePublications: Publication[]
  staleColumns: StaleColumn[]
}

/** The late-publisher report (Art. 47 notice): per institution, what was published late and which columns went stale. */
export type LatePublisherReport = ReportQuery & {
  /** Every publication of the period, for the counts (published, on time). */
  publications: Publication[]
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
}: {
  req: PayloadRequest
  options: ResolvedTimelinessOptions
  query: ReportQuery
}): Promise<LatePublisherReport> => {
  const [publications, staleColumns] = await Promise.all([
    loadPublications({ req, options, period: query, institution: query.institution }),
    loadStaleColumns({ req, options, asOf: query.to, institution: query.institution }),
  ])
  const late = publications.filter((publication) => publication.isLate)
  const ids = [
    ...new Set([
      ...late.flatMap((row) => (row.institution === null ? [] : [row.institution])),
      ...staleColumns.map((row) => row.institution),
    ]),
  ]
  const names = await institutionNames(req, options, ids)
  const institutions = ids
    .map((id) => ({
      institution: id,
      name: names.get(id) ?? String(id),
      latePublications: late.filter((row) => row.institution === id),
      staleColumns: staleColumns.filter((row) => row.institution === id),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  return { ...query, publications, institutions }
}
