import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { createUser } from '../../helpers/fixtures'
import { getTestPayload } from './config'
import { act, createOffice, draftItem } from './setup'

type Mail = { from: string; to: string[]; raw: string }

let payload: Payload
let office: Office
let server: SMTPServer
const mailbox: Mail[] = []

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()))
      stream.on('end', () => {
        mailbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // The adapter reads SMTP_* when it sends: this process's jobs go to this server.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((server.server.address() as AddressInfo).port)
  payload = await getTestPayload()
  office = await createOffice(payload)
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const mailTo = (email: string) => mailbox.filter((mail) => mail.to.includes(email))

/** Runs this item's notification jobs (other suites queue theirs in the same database). */
const runNotifications = async (id: number) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'workflowNotify' } }, { completedAt: { exists: false } }] },
    limit: 0,
    depth: 0,
  })
  for (const job of docs.filter((candidate) => (candidate.input as { id?: string }).id === String(id)))
    await payload.jobs.runByID({ id: job.id })
}

describe('notifications', () => {
  it("should e-mail the stage's eligible reviewers when an item reaches it, and no one else", async () => {
    const secondReviewer = await createUser(payload, { roles: ['reviewer'], institutions: [office.institutionId] })
    const item = await draftItem(office)
    await act(office.cast.editor, item.id, { action: 'submit' })
    await runNotifications(item.id)
    expect(mailTo(office.cast.reviewer.email)).toHaveLength(1)
    expect(mailTo(secondReviewer.email)).toHaveLength(1)
    expect(mailTo(office.cast.signer.email)).toHaveLength(0)
    expect(mailTo(office.cast.editor.email)).toHaveLength(0)
    expect(mailTo(office.cast.reviewer.email)[0]!.raw).toMatch(/^Subject: /m)

    await act(office.cast.reviewer, item.id, { action: 'approve' })
    await runNotifications(item.id)
    expect(mailTo(office.cast['secrecy-reviewer'].email)).toHaveLength(1)
  })

  it('should e-mail the author when the item is sent back', async () => {
    const item = await draftItem(office)
    await act(office.cast.editor, item.id, { action: 'submit' })
    const before = mailTo(office.cast.editor.email).length
    await act(office.cast.reviewer, item.id, { action: 'sendBack', comment: '请补充附件' })
    await runNotifications(item.id)
    expect(mailTo(office.cast.editor.email)).toHaveLength(before + 1)
  })

  it('should send nothing to reviewers of another institution', async () => {
    const stranger = await createOffice(payload)
    const item = await draftItem(office)
    await act(office.cast.editor, item.id, { action: 'submit' })
    await runNotifications(item.id)
    expect(mailTo(stranger.cast.reviewer.email)).toHaveLength(0)
  })
})
