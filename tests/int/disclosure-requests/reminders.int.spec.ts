import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { REMINDER_EMAIL_TASK, REMINDERS_TASK } from '../../../plugins/disclosure-requests'
import { seedWorkingCalendar } from '../../../seed/workingCalendar'
import { getTestPayload } from '../../helpers/payload'
import { createOffice, registerRequest, SLUG } from './setup'

/**
 * Deadline reminders: the daily check queues one e-mail per request and threshold (5 and 1 working days before
 * the deadline), to the handling institution's staff only, never twice, a missed day included.
 */

type Mail = { to: string[]; raw: string }

let payload: Payload
let office: Office
let server: SMTPServer
const mailbox: Mail[] = []

// Received Fri 27 Sep 2024, due Wed 30 Oct (across National Day, deadlines.int.spec.ts). Working days left:
// Wed 23 Oct 5, Thu 24 4, Fri 25 3, Mon 28 2, Tue 29 1.
const RECEIVED = '2024-09-27T00:00:00.000Z'

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()))
      stream.on('end', () => {
        mailbox.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // The adapter reads SMTP_* when it sends: this process's jobs go to this server.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((server.server.address() as AddressInfo).port)
  payload = await getTestPayload()
  await seedWorkingCalendar(payload, () => {})
  office = await createOffice(payload)
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const emailOf = (actor: keyof Office['callers']) => String(office.callers[actor].user!.email)
const staff = ['editor', 'reviewer', 'signer', 'secrecy-reviewer'] as const
const mailTo = (email: string, trackingCode: string) =>
  mailbox.filter((mail) => mail.to.includes(email) && mail.raw.includes(trackingCode))

/** Runs the daily check as of `today` (`times` runs at once, as two app instances would), then this request's e-mails. */
const checkOn = async (today: string, requestId: number, times = 1) => {
  const jobs = await Promise.all(
    Array.from({ length: times }, () => payload.jobs.queue({ task: REMINDERS_TASK, input: { today } })),
  )
  await Promise.all(jobs.map((job) => payload.jobs.runByID({ id: job.id })))
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: REMINDER_EMAIL_TASK } }, { completedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
  })
  for (const job of docs.filter((candidate) => (candidate.input as { request?: string }).request === String(requestId)))
    await payload.jobs.runByID({ id: job.id })
}

const remindersOf = async (id: number) =>
  (await payload.findByID({ collection: SLUG, id, depth: 0 })).remindersSent?.map((row) => row.daysBefore) ?? []

describe('deadline reminders', () => {
  it('should e-mail the handling institution’s staff once at 5 working days left, and no one else', async () => {
    const request = await registerRequest(payload, office.own, { receivedOn: RECEIVED })
    const code = request.trackingCode!
    await checkOn('2024-10-22', request.id)
    expect(mailTo(emailOf('editor'), code)).toHaveLength(0)

    await checkOn('2024-10-23', request.id)
    for (const actor of staff) expect(mailTo(emailOf(actor), code)).toHaveLength(1)
    expect(mailTo(String(office.otherEditor.user!.email), code)).toHaveLength(0)
    expect(mailTo(emailOf('disclosure-office'), code)).toHaveLength(0)
    expect(mailTo(emailOf('bulletin-editor'), code)).toHaveLength(0)
    const [mail] = mailTo(emailOf('reviewer'), code)
    expect(mail!.raw).toMatch(/^Subject: /m)
    // Personal data stays out of the e-mail.
    expect(mail!.raw).not.toContain(request.applicantName)
    expect(await remindersOf(request.id)).toEqual([5])
  })

  it('should not send again on a rerun, nor from two checks at once, and send the 1-day reminder once', async () => {
    const request = await registerRequest(payload, office.own, { receivedOn: RECEIVED })
    const code = request.trackingCode!
    await checkOn('2024-10-23', request.id, 2)
    await checkOn('2024-10-23', request.id)
    await checkOn('2024-10-24', request.id)
    expect(mailTo(emailOf('editor'), code)).toHaveLength(1)

    await checkOn('2024-10-29', request.id, 2)
    await checkOn('2024-10-29', request.id)
    expect(mailTo(emailOf('editor'), code)).toHaveLength(2)
    expect(await remindersOf(request.id)).toEqual([5, 1])
  })

  it('should still send a reminder when the day it was due had no check', async () => {
    const request = await registerRequest(payload, office.own, { receivedOn: RECEIVED })
    await checkOn('2024-10-25', request.id)
    expect(mailTo(emailOf('editor'), request.trackingCode!)).toHaveLength(1)
    expect(await remindersOf(request.id)).toEqual([5])
  })

  it('should keep the recorded reminders when a member of staff saves the request', async () => {
    const request = await registerRequest(payload, office.own, { receivedOn: RECEIVED })
    await checkOn('2024-10-23', request.id)
    const editor = office.callers.editor.user!
    await payload.update({
      collection: SLUG,
      id: request.id,
      data: { purpose: '研究', remindersSent: [] } as never,
      user: editor,
      overrideAccess: false,
    })
    expect(await remindersOf(request.id)).toEqual([5])
    await checkOn('2024-10-24', request.id)
    expect(mailTo(emailOf('editor'), request.trackingCode!)).toHaveLength(1)
  })

  it('should remind nobody of a replied request', async () => {
    const request = await registerRequest(payload, office.own, {
      receivedOn: RECEIVED,
      steps: [{ kind: 'reply', date: '2024-10-21T00:00:00.000Z', outcome: 'disclosed' }],
    })
    await checkOn('2024-10-29', request.id)
    expect(mailTo(emailOf('editor'), request.trackingCode!)).toHaveLength(0)
    expect(await remindersOf(request.id)).toEqual([])
  })

  it('should be checked daily and run by the app’s runners, which take its queue with the others', () => {
    const { jobs } = payload.config
    const task = jobs.tasks?.find((candidate) => candidate.slug === REMINDERS_TASK)
    expect(task?.schedule).toEqual([{ cron: '0 0 8 * * *', queue: 'disclosure-requests' }])
    expect(Array.isArray(jobs.autoRun) && jobs.autoRun.map((runner) => runner.queue)).toEqual(
      expect.arrayContaining(['workflow', 'disclosure-requests']),
    )
  })
})
