import type { PayloadRequest } from 'payload'

import type { ReplyOutcome } from '../../disclosure-requests'
import type { ApplicantColumn, RequestFacts } from '../tables/table3'
import type { ResolvedAnnualReportOptions } from '../types'

import { startOfLocalDay } from '../../../src/lib/platform/dates'
import { countableInPeriod } from '../../disclosure-requests'

type StoredRequest = {
  applicantType: ApplicantColumn
  receivedOn: string
  steps?: Array<{ kind?: string | null; date?: string | null; outcome?: string | null }> | null
}

/**
 * The requests the institutions handle that arrived before the year ended, with their reply: what table 三 of the
 * year counts. Read with access overridden: the report holds counts, never an applicant's data.
 */
export const loadRequestFacts = async ({
  req,
  institutions,
  year,
  options,
}: {
  req: PayloadRequest
  institutions: number[]
  year: number
  options: ResolvedAnnualReportOptions
}): Promise<RequestFacts[]> => {
  const thisYear = startOfLocalDay(`${year}-01-01`, options.timeZone).toISOString()
  const nextYear = startOfLocalDay(`${year + 1}-01-01`, options.timeZone).toISOString()
  const { docs } = await req.payload.find({
    collection: options.requestsCollection,
    // Not the years of requests replied to before this one (the table counts them nowhere), nor applicants' details.
    where: {
      and: [{ handlingInstitution: { in: institutions } }, countableInPeriod({ start: thisYear, end: nextYear })],
    },
    select: { applicantType: true, receivedOn: true, steps: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as StoredRequest[]).map(({ applicantType, receivedOn, steps }) => {
    const reply = steps?.find(({ kind }) => kind === 'reply')
    return {
      applicantType,
      receivedOn,
      reply: reply?.date ? { date: reply.date, outcome: (reply.outcome as ReplyOutcome | null) ?? null } : null,
    }
  })
}
