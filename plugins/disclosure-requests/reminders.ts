/** A reminder recorded on a request: for which threshold, and for which deadline (an extension sets a new one). */
export type SentReminder = { daysBefore?: null | number; dueOn?: null | string }

/**
 * The thresholds a request has reached without a reminder for its current deadline: each `d` of `reminderDays`
 * with at most `d` working days left. One late check (a day without a run) still finds the threshold it passed;
 * the caller sends one e-mail for all of them, so a request registered with one day left gets one e-mail, not two.
 * `dueOn` and the recorded deadlines are compared as days (YYYY-MM-DD). Pure.
 */
export const remindersDue = ({
  workingDaysLeft,
  dueOn,
  reminderDays,
  sent,
  dayOf,
}: {
  workingDaysLeft: number
  dueOn: string
  reminderDays: readonly number[]
  sent: readonly SentReminder[]
  dayOf: (date: string) => string
}): number[] =>
  reminderDays.filter(
    (days) =>
      workingDaysLeft <= days &&
      !sent.some((reminder) => reminder.daysBefore === days && reminder.dueOn && dayOf(reminder.dueOn) === dueOn),
  )
