import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import pg from 'pg'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'
import type { Office } from '../int/workflow-approval/setup'

import { LISTENER_APPLICATION_NAME } from '../../plugins/portal-publishing/invalidations/listener'
import { ensureBuild, startAppServer } from '../helpers/appServer'
import { oneTo, serialOf } from '../int/catalogue-numbering/items'

/**
 * Two production servers on one database, as a deployment runs them: instance A is the server itself
 * (src/server/index.ts), instance B `npm start` (the launcher, which migrates first, then starts the same). Both run the job queues. Their database is
 * their own, so their runners never take the jobs of the other test files of the run.
 */

const JOBS = 200
const APPROVALS = 100

let databaseUrl: string
let a: AppServer | undefined
let b: AppServer | undefined
let payload: Payload
let smtp: SMTPServer
const mailbox: Array<{ from: string; to: string[] }> = []

const query = async <T extends Record<string, unknown>>(text: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until `isDone` or the deadline; the deadline is a limit of the wait, never what is asserted. */
const waitUntil = async (isDone: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await isDone()) return true
    await sleep(250)
  }
  return isDone()
}

const instanceEnv = (name: string, smtpPort: number) => ({
  DATABASE_URL: databaseUrl,
  // The test process sets VITEST, which turns the runners off (tests/setup): these servers run them.
  VITEST: '',
  JOBS_INTERVAL_SECONDS: '1',
  JOBS_BATCH_SIZE: '10',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  // Tells whose runner sent a notification.
  EMAIL_FROM: `${name} <${name}@gongkai.test>`,
})

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      stream.on('data', () => {})
      stream.on('end', () => {
        mailbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const smtpPort = (smtp.server.address() as AddressInfo).port

  const database = `gongkai_instances_${crypto.randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await admin.connect()
  await admin.query(`create database "${database}"`)
  await admin.end()
  const url = new URL(process.env.DATABASE_URL!)
  url.pathname = `/${database}`
  databaseUrl = url.toString()

  await ensureBuild()
  b = await startAppServer({ env: instanceEnv('b', smtpPort), useLauncher: true, readyPath: '/api/institutions' })
  a = await startAppServer({ env: instanceEnv('a', smtpPort), readyPath: '/api/institutions' })
  // This process's Payload (for setting up) on the same database: the config reads DATABASE_URL when loaded.
  process.env.DATABASE_URL = databaseUrl
  payload = await (await import('../helpers/payload')).getTestPayload()
}, 900_000)

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await new Promise<void>((resolve) => smtp?.close(() => resolve()))
})

/** "pid command line" of each process, for a failure message that says what was left. */
const described = (pids: number[]) =>
  Promise.all(
    pids.map(
      async (pid) =>
        `${pid} ${(await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ').trim()}`,
    ),
  )

const api = (server: AppServer, path: string, init: RequestInit = {}) => fetch(`${server.url}/api${path}`, init)

const abortedConnections = () =>
  query(`select pid, application_name from pg_stat_activity where state = 'idle in transaction (aborted)'`)

/** Takes a draft through submission, review and secrecy review to the signer's stage (setting up, not what is tested). */
const untilSignOff = async (office: Office, id: number) => {
  const { act } = await import('../int/workflow-approval/setup')
  const { cast } = office
  for (const [user, body] of [
    [cast.editor, { action: 'submit' }],
    [cast.reviewer, { action: 'approve' }],
    [
      cast['secrecy-reviewer'],
      { action: 'approve', secrecyDecision: 'public', secrecyLegalBasis: '《保守国家秘密法》第九条：不涉密' },
    ],
  ] as const) {
    const response = await act(user, id, body)
    if (response.status !== 200) throw new Error(`${body.action}: ${response.status} ${response.text}`)
  }
}

describe('two instances on one database', () => {
  it(
    'should run each of 200 queued notifications exactly once, spread over both, while both answer the API',
    { timeout: 600_000 },
    async () => {
      const { createOffice, draftItem } = await import('../int/workflow-approval/setup')
      const office: Office = await createOffice(payload)
      const item = await draftItem(office)
      const reviewer = office.cast.reviewer.email
      // Each job tells the reviewers of the review stage: one e-mail to this office's reviewer per job run. In
      // one statement: a job queued through the Local API can be run and deleted by a runner before Payload
      // reads it back.
      await query(
        `insert into payload_jobs (task_slug, queue, input)
       select 'workflowNotify', 'workflow', jsonb_build_object('collection', 'disclosure-items', 'id', $1::text, 'kind', 'reached', 'stage', 'review')
       from generate_series(1, $2::int)`,
        [String(item.id), JOBS],
      )
      const statuses: number[] = []
      let isDone = false
      const probe = (async () => {
        while (!isDone) {
          const answers = await Promise.all(
            [a!, b!].map((server) =>
              api(server, '/disclosure-items?limit=1').then(
                (response) => response.status,
                () => 0,
              ),
            ),
          )
          statuses.push(...answers)
          await sleep(200)
        }
      })()
      const isQueueEmpty = async () =>
        (await query(`select count(*)::int as left from payload_jobs where task_slug = 'workflowNotify'`))[0]!.left ===
        0
      expect(await waitUntil(isQueueEmpty, 300_000)).toBe(true)
      isDone = true
      await probe

      const toReviewer = mailbox.filter((mail) => mail.to.includes(reviewer))
      expect(toReviewer).toHaveLength(JOBS)
      const byInstance = {
        a: toReviewer.filter((mail) => mail.from === 'a@gongkai.test').length,
        b: toReviewer.filter((mail) => mail.from === 'b@gongkai.test').length,
      }
      expect(byInstance.a + byInstance.b).toBe(JOBS)
      expect(byInstance.a).toBeGreaterThan(0)
      expect(byInstance.b).toBeGreaterThan(0)
      expect(statuses.length).toBeGreaterThan(0)
      expect(statuses.filter((status) => status !== 200)).toEqual([])
      expect(await abortedConnections()).toEqual([])
    },
  )

  it(
    'should give 100 final approvals spread over both instances distinct, gapless index numbers',
    { timeout: 600_000 },
    async () => {
      const { createOffice, draftItem } = await import('../int/workflow-approval/setup')
      const office = await createOffice(payload)
      const { cast } = office
      const ids: number[] = []
      // Up to the signer's stage, ten at a time (setting up, not what is tested).
      for (let start = 0; start < APPROVALS; start += 10) {
        const batch = await Promise.all(
          oneTo(10).map(async () => {
            const { id } = await draftItem(office)
            await untilSignOff(office, id)
            return id
          }),
        )
        ids.push(...batch)
      }

      const responses = await Promise.all(
        ids.map((id, i) =>
          api(i % 2 === 0 ? a! : b!, `/disclosure-items/${id}/workflow`, {
            method: 'POST',
            headers: { Authorization: `JWT ${cast.signer.token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ action: 'approve', disclosureMethod: 'proactive' }),
          }),
        ),
      )
      expect(responses.map((response) => response.status)).toEqual(ids.map(() => 200))
      const { docs } = await payload.find({
        collection: 'disclosure-items',
        where: { id: { in: ids } },
        limit: 0,
        depth: 0,
      })
      const numbers = docs.map((doc) => doc.indexNumber)
      expect(new Set(numbers).size).toBe(APPROVALS)
      expect(numbers.map(serialOf).sort((x, y) => x - y)).toEqual(oneTo(APPROVALS))
      expect(await abortedConnections()).toEqual([])
    },
  )

  it(
    'should show a final approval made through instance A on both instances, their cached API lists and cached portal pages, within 2 s',
    { timeout: 300_000 },
    async () => {
      const { createOffice, draftItem } = await import('../int/workflow-approval/setup')
      const office = await createOffice(payload)
      const { cast } = office
      const { id } = await draftItem(office)
      await untilSignOff(office, id)
      // B has answered the institution's public list (empty) from its cache before the approval.
      const listPath = `/disclosure-items?where[institution][equals]=${office.institutionId}&depth=0`
      await api(b!, listPath)
      const cachedList = await api(b!, listPath)
      expect(cachedList.headers.get('x-cache')).toBe('hit')
      expect(((await cachedList.json()) as { totalDocs: number }).totalDocs).toBe(0)
      // Both have the institution's catalogue page (empty) in their page cache.
      const cataloguePath = `/catalogue?institution=${office.institutionId}`
      const catalogueOf = (server: AppServer) => fetch(`${server.url}${cataloguePath}`)
      for (const server of [a!, b!]) {
        await (await catalogueOf(server)).text()
        expect((await catalogueOf(server)).headers.get('x-cache')).toBe('hit')
      }

      const approval = await api(a!, `/disclosure-items/${id}/workflow`, {
        method: 'POST',
        headers: { Authorization: `JWT ${cast.signer.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'approve', disclosureMethod: 'proactive' }),
      })
      expect(approval.status).toBe(200)
      const { indexNumber } = await payload.findByID({ collection: 'disclosure-items', id, depth: 0 })
      expect(indexNumber).toBeTruthy()

      // Within 2 s of the answer, B's cached list holds it and B's portal shows its page (polled; the wait is the limit).
      const isListed = async () =>
        ((await (await api(b!, listPath)).json()) as { docs: Array<{ id: number }> }).docs.some((doc) => doc.id === id)
      expect(await waitUntil(isListed, 2_000)).toBe(true)
      const isOnPortal = async () =>
        (await fetch(`${b!.url}/catalogue/${encodeURIComponent(String(indexNumber))}`)).status === 200
      expect(await waitUntil(isOnPortal, 2_000)).toBe(true)
      // The cached catalogue pages were dropped on both: on A inside the approval's request, on B by its listener.
      const { title } = await payload.findByID({ collection: 'disclosure-items', id, depth: 0 })
      for (const server of [a!, b!]) {
        expect(await waitUntil(async () => (await (await catalogueOf(server)).text()).includes(title), 2_000)).toBe(
          true,
        )
      }
    },
  )

  it(
    'should stop an instance on SIGTERM within 10 s, leaving no process and no connection of its own',
    { timeout: 120_000 },
    async () => {
      const processIds = await b!.processIds()
      const names = processIds.flatMap((pid) => [`gongkai:${pid}`, `${LISTENER_APPLICATION_NAME}:${pid}`])
      const connectionsOf = () =>
        query<{ application_name: string }>(
          `select application_name from pg_stat_activity where application_name = any($1)`,
          [names],
        )
      // Its connections carry its process's name (else the check at the end would prove nothing).
      expect((await connectionsOf()).length).toBeGreaterThan(0)

      const exit = await b!.terminate({ signal: 'SIGTERM', timeoutMs: 10_000 })
      expect(exit.hasExited).toBe(true)
      // 143 (128 + SIGTERM) is the graceful path's exit, through npm and the launcher; the deadline's is 1.
      expect(exit.code).toBe(143)
      expect(b!.logs()).toMatch(/shutdown: stopped job runners/)
      expect(b!.logs()).toMatch(/shutdown: stopped database connections/)
      expect(b!.logs()).toMatch(/shutdown: stopped portal invalidation listener/)
      expect(await described(await b!.processIds())).toEqual([])
      expect(await connectionsOf()).toEqual([])
      // The other instance serves on.
      expect((await api(a!, '/disclosure-items?limit=1')).status).toBe(200)
    },
  )
})
