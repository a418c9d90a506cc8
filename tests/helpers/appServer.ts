import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '../../src/lib/database/freePort'

/**
 * The production app for tests that need a real server (browser tests, the production-start check):
 * `ensureBuild()` runs `next build` once per test run, however many test files ask at once, and
 * `startAppServer()` runs the production server `npm start` runs (src/server/: Next.js behind the cache
 * front) on the run's database, so the server sees what a test creates through the Local API.
 */

const rootDir = path.resolve(import.meta.dirname, '../..')
const nextBin = path.join(rootDir, 'node_modules', 'next', 'dist', 'bin', 'next')
const serverEntry = path.join(rootDir, 'src', 'server', 'index.ts')
// Keyed by the checkout, so two worktrees never wait for each other, while test runs in one worktree
// (which share its .next directory) take turns.
const checkoutKey = crypto.createHash('sha1').update(rootDir).digest('hex').slice(0, 10)
const lockDir = path.join(os.tmpdir(), `gongkai-build-${checkoutKey}.lock`)
const ownerFile = path.join(lockDir, 'owner')

export type BuildResult = {
  /** What `next build` printed; empty when an existing build was reused. */
  output: string
  /** True when no build ran because E2E_REUSE_BUILD=1 and .next/BUILD_ID existed. */
  isReused: boolean
}

type Marker = BuildResult & { code: number | null }

/** Set by tests/setup/globalSetup.ts; outside vitest every process is its own run. */
const runId = () => process.env.GONGKAI_TEST_RUN_ID ?? `process-${process.pid}`

const markerFile = () => path.join(os.tmpdir(), `gongkai-build-${checkoutKey}-${runId()}.json`)

/** The test runner's environment minus its database and mode: the build must not need a database. */
export const buildEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' }
  Reflect.deleteProperty(env, 'DATABASE_URL')
  Reflect.deleteProperty(env, 'NODE_ENV')
  return env
}

const runToEnd = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: rootDir, env })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  )

const readMarker = async (): Promise<Marker | undefined> => {
  try {
    return JSON.parse(await fs.readFile(markerFile(), 'utf8')) as Marker
  } catch {
    return undefined
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A lock left by a process that died mid-build would block every later run. */
const removeStaleLock = async () => {
  const owner = Number(await fs.readFile(ownerFile, 'utf8').catch(() => ''))
  if (owner && !isAlive(owner)) await fs.rm(lockDir, { recursive: true, force: true })
}

/** Markers of earlier runs are a few hundred bytes each; a day later nobody reads them. */
const removeOldMarkers = async () => {
  const prefix = `gongkai-build-${checkoutKey}-`
  const dayAgo = Date.now() - 86_400_000
  for (const name of await fs.readdir(os.tmpdir())) {
    if (!name.startsWith(prefix) || !name.endsWith('.json')) continue
    const file = path.join(os.tmpdir(), name)
    const stats = await fs.stat(file).catch(() => undefined)
    if (stats && stats.mtimeMs < dayAgo) await fs.rm(file, { force: true })
  }
}

const settled = (marker: Marker | undefined, shouldReuse: boolean): BuildResult | undefined => {
  if (!marker || (marker.isReused && !shouldReuse)) return undefined
  if (marker.code !== 0) throw new Error(`next build failed in this test run:\n${marker.output.slice(-3000)}`)
  return { output: marker.output, isReused: marker.isReused }
}

/**
 * Builds the app at most once per test run. Parallel test files wait on a lock directory (mkdir is
 * atomic); the first builds and leaves a marker for the run that the others read. A failed build is
 * reported to every caller of the run rather than retried.
 *
 * @param shouldReuse reuse an existing `.next` build without building; defaults to E2E_REUSE_BUILD=1,
 *   for fast local iteration on browser tests. A caller passing false always gets a build of this run.
 */
export const ensureBuild = async ({
  shouldReuse = process.env.E2E_REUSE_BUILD === '1',
}: { shouldReuse?: boolean } = {}): Promise<BuildResult> => {
  const deadline = Date.now() + 30 * 60_000
  while (Date.now() < deadline) {
    const done = settled(await readMarker(), shouldReuse)
    if (done) return done
    try {
      await fs.mkdir(lockDir)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      await removeStaleLock()
      await sleep(1000)
      continue
    }
    try {
      await fs.writeFile(ownerFile, String(process.pid))
      const again = settled(await readMarker(), shouldReuse)
      if (again) return again
      let marker: Marker
      if (shouldReuse && (await exists(path.join(rootDir, '.next', 'BUILD_ID')))) {
        marker = { code: 0, output: '', isReused: true }
      } else {
        const build = await runToEnd(['build'], buildEnv())
        marker = { ...build, isReused: false }
      }
      await removeOldMarkers()
      await fs.writeFile(markerFile(), JSON.stringify(marker))
      const result = settled(marker, shouldReuse)
      if (result) return result
    } finally {
      await fs.rm(lockDir, { recursive: true, force: true })
    }
  }
  throw new Error(`waited 30 minutes for another process to finish next build (lock ${lockDir})`)
}

export type AppServer = {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string
  /** What the server printed so far; for failure messages. */
  logs: () => string
  /** Stops the server and waits until it has exited. */
  stop: () => Promise<void>
  /** The process started (the production server, or `npm start` with `useLauncher`). */
  pid: number
  /** Every process still alive in the server's process group: the one started and whatever it spawned. */
  processIds: () => Promise<number[]>
  /**
   * Sends a signal to the process started only (as an orchestrator does; its children must hear of it
   * through it) and waits up to `timeoutMs` for it to exit.
   */
  terminate: (options?: { signal?: NodeJS.Signals; timeoutMs?: number }) => Promise<ExitResult>
}

export type ExitResult = { hasExited: boolean; code: number | null; signal: NodeJS.Signals | null }

/** Processes whose process group is `groupId`, from /proc (Linux). */
export const processGroupMembers = async (groupId: number): Promise<number[]> => {
  const members: number[] = []
  for (const name of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = await fs.readFile(`/proc/${name}/stat`, 'utf8').catch(() => '')
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (fields[0] !== 'Z' && Number(fields[2]) === groupId) members.push(Number(name))
  }
  return members
}

/** Answers at all (any status below 500) within the time: Payload connects on the first request. */
export const waitForHttp = async (
  url: string,
  { timeoutMs = 120_000, isDead = () => false }: { timeoutMs?: number; isDead?: () => boolean } = {},
) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !isDead()) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // Not listening yet.
    }
    await sleep(500)
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

const waitFor = async (
  isDone: () => boolean,
  { what, timeoutMs = 120_000, isDead }: { what: string; timeoutMs?: number; isDead: () => boolean },
) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !isDead()) {
    if (isDone()) return
    await sleep(200)
  }
  throw new Error(`no ${what} within ${timeoutMs} ms`)
}

export type AppServerOptions = {
  /** Added to (or overriding) the test process's environment, e.g. another DATABASE_URL. */
  env?: Record<string, string>
  /** Polled until it answers below 500. @default '/api/users/me' */
  readyPath?: string
  /**
   * Wait for this line in the server's output instead of polling a path, for tests about what the
   * server does before its first request.
   */
  readyLog?: RegExp
  /**
   * Start through `npm start` (scripts/launch.ts: migrations, then the production server) as an operator
   * would, instead of the production server alone on the already migrated test database. @default false
   */
  useLauncher?: boolean
}

/**
 * The production server (src/server/index.ts, what `npm start` runs after migrating) of the last build, on a free port, against the test run's
 * database (DATABASE_URL) with the run's PAYLOAD_SECRET, so tokens from `payload.login` work in the
 * browser. The database must already be migrated (globalSetup does it) unless `useLauncher`.
 * Call ensureBuild() first.
 */
export const startAppServer = async ({
  env = {},
  readyPath = '/api/users/me',
  readyLog,
  useLauncher = false,
}: AppServerOptions = {}): Promise<AppServer> => {
  if (!process.env.DATABASE_URL || !process.env.PAYLOAD_SECRET) {
    throw new Error('startAppServer needs DATABASE_URL and PAYLOAD_SECRET (set by tests/setup/globalSetup.ts)')
  }
  const port = await findFreePort()
  const [command, args]: [string, string[]] = useLauncher
    ? ['npm', ['start']]
    : [process.execPath, ['--import', 'tsx', serverEntry, '--port', String(port), '--hostname', '127.0.0.1']]
  const child = spawn(command, args, {
    cwd: rootDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--no-deprecation',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() reaches whatever Next.js spawns.
    detached: true,
  })
  let logs = ''
  let hasExited = false
  const keep = (chunk: Buffer) => {
    logs = (logs + chunk.toString()).slice(-200_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  let exit: ExitResult = { hasExited: false, code: null, signal: null }
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exit = { hasExited: true, code, signal }
      resolve()
    }),
  )
  void exited.then(() => (hasExited = true))
  // 'exit' may come before the last output has been read from the pipes; 'close' once they are drained.
  const outputClosed = new Promise<void>((resolve) => child.on('close', () => resolve()))

  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name)
    } catch {
      // Already gone.
    }
  }
  const stop = async () => {
    if (hasExited) return
    signal('SIGTERM')
    const timer = setTimeout(() => signal('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }

  const url = `http://127.0.0.1:${port}`
  try {
    if (readyLog) await waitFor(() => readyLog.test(logs), { what: `output ${readyLog}`, isDead: () => hasExited })
    else await waitForHttp(`${url}${readyPath}`, { isDead: () => hasExited })
    if (hasExited) throw new Error('the server exited')
  } catch (err) {
    await stop()
    throw new Error(`${(err as Error).message}\n${logs.slice(-3000)}`)
  }
  const terminate = async ({
    signal = 'SIGTERM',
    timeoutMs = 10_000,
  }: { signal?: NodeJS.Signals; timeoutMs?: number } = {}) => {
    if (!hasExited) child.kill(signal)
    await Promise.race([exited, sleep(timeoutMs)])
    // A grandchild left running would hold the pipes open: wait for the output only briefly.
    if (hasExited) await Promise.race([outputClosed, sleep(2_000)])
    return exit
  }
  return { url, logs: () => logs, stop, pid: child.pid!, processIds: () => processGroupMembers(child.pid!), terminate }
}
