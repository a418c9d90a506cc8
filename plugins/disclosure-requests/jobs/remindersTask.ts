import type { PayloadRequest, TaskConfig } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedDisclosureRequestsOptions } from '../types'

import { lockDocument } from '../../../src/lib/platform/database/lockDocument'
import { startOfLocalDay } from '../../../src/lib/platform/dates'
import { toLocalDate } from '../../../src/lib/platform/workingDays'
import { calendarFor } from '../calendar'
import { deadlineOfRequest, lastDayOf } from '../deadlines/ofRequest'
import { REMINDER_EMAIL_TASK, REMINDERS_TASK, REQUESTS_QUEUE, REQUESTS_SLUG } from '../defaults'
import { REMINDERS_WRITE_CONTEXT } from '../hooks/keepRemindersSent'
import { TODAY_CONTEXT } from '../hooks/readDaysLeft'
import { remindersDue } from '../reminders'

type Outcome = 'reminded' | 'refreshed' | 'unchanged'

/**
 * One open request, alone (under its lock, re-read inside the transaction, so two instances or a rerun see
 * each other's record): its stored deadline brought up to date with the calendar, and a reminder e-mail queued
 * and recorded for the thresholds it reached. Record and queued e-mail commit together or not at all.
 */
const checkRequest = async ({
  req,
  id,
  today,
  options,
}: {
  req: PayloadRequest
  id: number
  today: string
  options: ResolvedDisclosureRequestsOptions
}): Promise<Outcome> => {
  const shouldCommit = await initTransaction(req)
  try {
    await lockDocument(req, REQUESTS_SLUG, id)
    const request = await req.payload.findByID({
      collection: REQUESTS_SLUG,
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      context: { [TODAY_CONTEXT]: today },
    })
    const day = (date: string) => toLocalDate(date, options.timeZone)
    const deadline =
      request && request.status !== 'replied'
        ? deadlineOfRequest({ request, calendar: await calendarFor(req, options), timeZone: options.timeZone })
        : null
    const lastDay = deadline ? lastDayOf(deadline) : null
    let outcome: Outcome = 'unchanged'
    if (request && deadline && lastDay) {
      const left = deadline.workingDaysLeft(today)
      const sent = request.remindersSent ?? []
      const due = remindersDue({
        workingDaysLeft: left,
        dueOn: lastDay,
        reminderDays: options.reminderDays,
        sent,
        dayOf: day,
      })
      const storedDay = request.dueOn ? day(request.dueOn) : null
      if (due.length > 0 || storedDay !== lastDay) {
        const dueOn = startOfLocalDay(lastDay, options.timeZone).toISOString()
        const queuedAt = new Date().toISOString()
        await req.payload.update({
          collection: REQUESTS_SLUG,
          id,
          data: {
            remindersSent: [
              ...sent.map(({ daysBefore, dueOn: remindedFor, queuedAt: at }) => ({
                daysBefore,
                dueOn: remindedFor,
                queuedAt: at,
              })),
              ...due.map((daysBefore) => ({ daysBefore, dueOn, queuedAt })),
            ],
          },
          depth: 0,
          overrideAccess: true,
          req,
          context: { [REMINDERS_WRITE_CONTEXT]: true },
        })
        outcome = 'refreshed'
      }
      if (due.length > 0) {
        await req.payload.jobs.queue({
          task: REMINDER_EMAIL_TASK,
          queue: REQUESTS_QUEUE,
          input: { request: String(id), dueOn: lastDay, workingDaysLeft: left },
          req,
        })
        outcome = 'reminded'
      }
    }
    if (shouldCommit) await commitTransaction(req)
    return outcome
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
}

/**
 * The daily deadline check of open requests: brings each stored `dueOn` up to date with the calendar (the office
 * may have corrected a year) and queues one reminder e-mail per request and threshold (5 and 1 working days
 * before the deadline by default) exactly once, a missed day included. `today` (YYYY-MM-DD) checks as of
 * another day; the schedule passes none.
 */
export const remindersTask = (options: ResolvedDisclosureRequestsOptions): TaskConfig<typeof REMINDERS_TASK> => ({
  slug: REMINDERS_TASK,
  label: '依申请公开到期提醒 / Disclosure request deadline reminders',
  retries: 2,
  inputSchema: [{ name: 'today', type: 'text' }],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'reminded', type: 'number' },
  ],
  // Kept when disabled, like the task, so the schema stays the same; a disabled plugin adds no runner to queue it.
  ...(options.reminderCron === false ? {} : { schedule: [{ cron: options.reminderCron, queue: REQUESTS_QUEUE }] }),
  handler: async ({ input, req }) => {
    if (options.disabled) return { output: { checked: 0, reminded: 0 } }
    const today = (input as { today?: null | string }).today || toLocalDate(new Date(), options.timeZone)
    const { docs } = await req.payload.find({
      collection: REQUESTS_SLUG,
      where: { status: { not_equals: 'replied' } },
      select: { status: true },
      sort: 'id',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    let reminded = 0
    for (const { id } of docs) {
      if ((await checkRequest({ req, id, today, options })) === 'reminded') reminded += 1
    }
    return { output: { checked: docs.length, reminded } }
  },
})
