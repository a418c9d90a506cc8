import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { findFreePort } from '../../src/lib/database/freePort'

const rootDir = path.resolve(import.meta.dirname, '../..')

const runToEnd = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd: rootDir, env })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })

const waitForHttp = async (url: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/** The test runner's environment minus its database and mode: the build must not need a database. */
const cleanEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  Reflect.deleteProperty(env, 'DATABASE_URL')
  Reflect.deleteProperty(env, 'NODE_ENV')
  return Object.assign(env, extra)
}

let server: ChildProcess | undefined

/** The whole process group: npm, the launcher and Next.js (and the launcher stops its database). */
const stopServer = () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  server = undefined
}

afterAll(stopServer)

describe('production build and start', () => {
  it('should build without a database, then migrate an empty external database on start and serve /admin and /api', { timeout: 900_000 }, async () => {
    const build = await runToEnd('npx', ['next', 'build'], cleanEnv())
    expect(build.output).not.toMatch(/ECONNREFUSED|cannot connect to Postgres/)
    expect(build.code, build.output.slice(-3000)).toBe(0)

    // An empty database on the run's PostgreSQL stands in for an external one.
    const database = `gongkai_start_${crypto.randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await admin.connect()
    await admin.query(`create database "${database}"`)
    await admin.end()
    const databaseUrl = new URL(process.env.DATABASE_URL!)
    databaseUrl.pathname = `/${database}`

    const port = await findFreePort()
    server = spawn('npm', ['start'], {
      cwd: rootDir,
      env: cleanEnv({ DATABASE_URL: databaseUrl.toString(), PORT: String(port) }),
      stdio: 'ignore',
      detached: true,
    })
    const base = `http://127.0.0.1:${port}`
    await waitForHttp(`${base}/api/institutions`, 120_000)

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

    stopServer()
  })
})
