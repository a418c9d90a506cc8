import type { PayloadRequest } from 'payload'

import type { Period } from '../period'
import type { ResolvedTimelinessOptions } from '../types'

/** What every loader of the report reads for: the request (as the system), the options, a period, one institution or all. */
export type PeriodLoad = {
  req: PayloadRequest
  options: ResolvedTimelinessOptions
  period: Period
  institution: number | null
}
