import { localDay } from '../../../src/lib/platform/dates'

/** A row of table 二's first part: documents made in the year, repealed in it, and in force at its end. */
export type DocumentCounts = { made: number; repealed: number; inForce: number }

/** The part of table 二 computed from the policies collection: 规章 and 行政规范性文件. */
export type Table2Documents = { rules: DocumentCounts; normativeDocuments: DocumentCounts }

/** What table 二 reads of a published policy. */
export type PolicyFacts = {
  kind: keyof Table2Documents
  /** 成文日期 (ISO); a policy without one counts as made when it was published. */
  madeOn: string
  /** Whether its 有效性 says it was repealed or expired (废止, 失效) rather than amended or still valid. */
  isRepealed: boolean
  /** Whether its 有效性 says it is no longer in force (废止, 失效, 已修订). */
  hasEnded: boolean
  /**
   * When it stopped being in force: the day the document replacing it took effect, else the day it was first
   * recorded as no longer valid (its version history). Null while valid, and for a document entered already
   * repealed with nothing replacing it: the platform never saw when, so it counts in no year's repeals and is not
   * in force.
   */
  endedOn: string | null
}

/**
 * Table 二's documents part for a year: made = 成文日期 in the year; repealed = repealed or expired (not merely
 * amended), ending in the year; in force = made by the year's end and not ended by then (an undated end: ended).
 * Days are read in `timeZone` (the office's).
 */
export const countDocuments = ({
  policies,
  year,
  timeZone,
}: {
  policies: PolicyFacts[]
  year: number
  timeZone?: string
}): Table2Documents => {
  const dayOf = (moment: string) => localDay(new Date(moment), timeZone)
  const yearOf = (moment: string) => Number(dayOf(moment).slice(0, 4))
  const yearEnd = `${year}-12-31`
  const counts: Table2Documents = {
    rules: { made: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { made: 0, repealed: 0, inForce: 0 },
  }
  for (const policy of policies) {
    const row = counts[policy.kind]
    if (yearOf(policy.madeOn) === year) row.made += 1
    if (policy.endedOn && policy.isRepealed && yearOf(policy.endedOn) === year) row.repealed += 1
    const isMadeByYearEnd = dayOf(policy.madeOn) <= yearEnd
    const isEndedByYearEnd = policy.hasEnded && (policy.endedOn === null || dayOf(policy.endedOn) <= yearEnd)
    if (isMadeByYearEnd && !isEndedByYearEnd) row.inForce += 1
  }
  return counts
}
