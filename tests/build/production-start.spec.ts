import crypto from 'node:crypto'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'

import { ensureBuild, startAppServer } from '../helpers/appServer'

let server: AppServer | undefined

afterAll(async () => {
  await server?.stop()
})

describe('production build and start', () => {
  it('should build without a database, then migrate an empty external database on start and serve /admin and /api', { timeout: 900_000 }, async () => {
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

    // `npm start` as an operator runs it: the launcher migrates, then starts Next.js.
    server = await startAppServer({ env: { DATABASE_URL: databaseUrl.toString() }, readyPath: '/api/institutions', useLauncher: true })
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
  })
})
