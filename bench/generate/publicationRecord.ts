import type { WorkCalendar } from '../../src/lib/platform/workingDays'

import { countWorkingDays, disclosureDueDate, toLocalDate } from '../../src/lib/platform/workingDays'

/** What the workflow's final approval records on a published document (its `publication` group). */
export type PublicationRecord = { dueOn: string; workingDaysToPublish: number; isLate: boolean }

/**
 * The workflow's Art. 26 record (plugins/workflow-approval/hooks/recordPublication.ts) for generated items,
 * through the same working-day arithmetic and calendar, so the timeliness report at scale counts what a real
 * publish would have recorded. A million rows span a few thousand distinct days: each day's due date and its
 * working-day ordinal (working days since a fixed day) are computed once, and the working days between two days
 * are the difference of their ordinals (`countWorkingDays` counts the days after `from` up to `to`).
 */
export const publicationRecorder = ({
  calendar,
  timeZone,
  deadlineWorkingDays,
}: {
  calendar: WorkCalendar
  timeZone: string
  deadlineWorkingDays: number
}) => {
  const origin = '2000-01-01'
  const dueOnByDay = new Map<string, string>()
  const ordinalByDay = new Map<string, number>()
  const ordinal = (day: string) => {
    let value = ordinalByDay.get(day)
    if (value === undefined) {
      value = countWorkingDays({ from: origin, to: day, calendar })
      ordinalByDay.set(day, value)
    }
    return value
  }
  return ({ dateMade, publishedAt }: { dateMade: Date; publishedAt: Date }): PublicationRecord => {
    const made = toLocalDate(dateMade, timeZone)
    const published = toLocalDate(publishedAt, timeZone)
    let dueOn = dueOnByDay.get(made)
    if (dueOn === undefined) {
      dueOn = disclosureDueDate({ dateMade: made, calendar, days: deadlineWorkingDays })
      dueOnByDay.set(made, dueOn)
    }
    return { dueOn, workingDaysToPublish: ordinal(published) - ordinal(made), isLate: published > dueOn }
  }
}
