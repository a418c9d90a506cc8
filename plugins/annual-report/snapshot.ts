import type { PayloadRequest } from 'payload'

import type { Table2Documents } from './tables/table2'
import type { Table3 } from './tables/table3'
import type { ResolvedAnnualReportOptions } from './types'

import { institutionScope } from './load/institutionScope'
import { loadPolicyFacts } from './load/policyFacts'
import { loadRequestFacts } from './load/requestFacts'
import { countDocuments } from './tables/table2'
import { tallyRequests } from './tables/table3'

/** The computed tables as a report stores them: what the published report shows, whatever changes later. */
export type ReportSnapshot = {
  /** When the tables were computed (ISO). */
  computedAt: string
  /** The institutions counted (the report's own, and for the whole government those under it). */
  institutions: number[]
  table2: Table2Documents
  table3: Table3
}

export type ReportScope = { year: number; institution: number; includesSubordinates: boolean }

/** Tables 二 and 三 of a year for an institution or the whole government, from the policies and the requests. */
export const computeSnapshot = async ({
  req,
  scope,
  options,
}: {
  req: PayloadRequest
  scope: ReportScope
  options: ResolvedAnnualReportOptions
}): Promise<ReportSnapshot> => {
  const institutions = await institutionScope({ req, ...scope, options })
  // One after the other: both may run in the request's transaction, which takes one query at a time.
  const policies = await loadPolicyFacts({ req, institutions, options })
  const requests = await loadRequestFacts({ req, institutions, year: scope.year, options })
  return {
    computedAt: new Date().toISOString(),
    institutions,
    table2: countDocuments({ policies, year: scope.year, timeZone: options.timeZone }),
    table3: tallyRequests({ requests, year: scope.year, timeZone: options.timeZone }),
  }
}
