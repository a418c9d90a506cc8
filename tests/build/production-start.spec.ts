import crypto from 'node:crypto'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'

import { ensureBuild, startAppServer } from '../helpers/appServer'
import { expectFieldError } from '../helpers/validation'

let server: AppServer | undefined
/** The migrated database of the first test, reused by the second. */
let startedDatabaseUrl: string | undefined

afterAll(async () => {
  await server?.stop()
})

const query = async <T extends Record<string, unknown>>(
  connectionString: string,
  text: string,
  values: unknown[] = [],
) => {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

describe('production build and start', () => {
  it(
    'should build without a database, then migrate an empty external database on start and serve /admin and /api',
    { timeout: 900_000 },
    async () => {
      // A build of this run (never a reused one), made without DATABASE_URL: see buildEnv().
      const build = await ensureBuild({ shouldReuse: false })
      expect(build.isReused).toBe(false)
      expect(build.output).not.toMatch(/ECONNREFUSED|cannot connect to Postgres/)

      // An empty database on the run's PostgreSQL stands in for an external one.
      const database = `gongkai_start_${crypto.randomBytes(4).toString('hex')}`
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
      await admin.connect()
      await admin.query(`create database "${database}"`)
      await admin.end()
      const databaseUrl = new URL(process.env.DATABASE_URL!)
      databaseUrl.pathname = `/${database}`

      // `npm start` as an operator runs it: the launcher migrates, then starts the production server.
      server = await startAppServer({
        env: { DATABASE_URL: databaseUrl.toString() },
        readyPath: '/api/institutions',
        useLauncher: true,
      })
      const base = server.url

      const api = await fetch(`${base}/api/institutions`)
      expect(api.status).toBe(200)
      expect(await api.json()).toMatchObject({ docs: [], totalDocs: 0 })

      // A fresh install has no users: the admin offers to create the first one, in Chinese.
      expect((await fetch(`${base}/admin`)).status).toBe(200)
      const firstUser = await fetch(`${base}/admin/create-first-user`, { headers: { 'Accept-Language': 'en-US' } })
      expect(firstUser.status).toBe(200)
      const html = await firstUser.text()
      expect(html).toContain('lang="zh"')
      expect(html).toContain('创建第一个用户')

      const check = new pg.Client({ connectionString: databaseUrl.toString() })
      await check.connect()
      const { rows } = await check.query('select name from payload_migrations where batch > 0')
      await check.end()
      expect(rows.length).toBeGreaterThan(0)
      startedDatabaseUrl = databaseUrl.toString()
    },
  )

  it('should start the job runners with the server, before any request', { timeout: 300_000 }, async () => {
    expect(startedDatabaseUrl).toBeDefined()
    await server?.stop()
    // A queued job, as a publish leaves one: the portal queue's runner takes it within a second once running.
    const [job] = await query<{ id: number }>(
      startedDatabaseUrl!,
      `insert into payload_jobs (task_slug, queue, input) values ('rebuildSearchIndex', 'portal-publishing', '{}'::jsonb) returning id`,
    )
    // Job runners on (tests otherwise turn them off), and no HTTP request at all: readiness from the log.
    server = await startAppServer({
      env: { DATABASE_URL: startedDatabaseUrl!, PORTAL_JOBS_AUTORUN: 'true', VITEST: '' },
      readyLog: /ready on http/,
    })
    // Payload deletes a job once it has completed.
    const isDone = async () => {
      const rows = await query<{ completed_at: Date | null }>(
        startedDatabaseUrl!,
        'select completed_at from payload_jobs where id = $1',
        [job!.id],
      )
      return rows.length === 0 || rows[0]!.completed_at !== null
    }
    await expect.poll(isDone, { timeout: 60_000, interval: 500 }).toBe(true)

    // Payload, started with the server, answers bad input with a 400 naming the field (an instance created
    // outside the routes' bundle would lose the field details: see src/instrumentation.ts).
    const base = server.url
    const registered = await fetch(`${base}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.invalid', password: 'first-admin-password', name: '首位管理员' }),
    })
    expect(registered.status).toBe(200)
    const { token } = (await registered.json()) as { token: string }
    const refused = await fetch(`${base}/api/institutions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ name: '校验机构', kind: 'department', creditCode: '11152300MB123456X0' }),
    })
    expectFieldError({ status: refused.status, json: await refused.json() }, 'creditCode')
  })
})
