import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findFreePort } from '../../src/lib/database/freePort'
import { ensureBuild } from '../helpers/appServer'

/**
 * The launcher's commands as someone on a fresh clone runs them, on their own embedded cluster (no DATABASE_URL):
 * each ends with its exit code and nothing unhandled on stderr, and a startup trap ends in one line.
 */

const rootDir = path.resolve(import.meta.dirname, '../..')
let workDir: string

beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongkai-clean-exit-'))
  // mkdtemp makes it private; as root, the "postgres" user must enter it.
  await fs.chmod(workDir, 0o755)
})

afterAll(async () => {
  await fs.rm(workDir, { recursive: true, force: true })
})

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/**
 * `npm run <script>` in its own process group (as a terminal runs it); once `stopWhen` matches its output, the
 * group gets `signal` (Ctrl-C reaches the whole foreground group; an orchestrator signals the one process).
 */
const npmRun = (
  script: string,
  env: Record<string, string>,
  stop?: { when: RegExp; signal: NodeJS.Signals; toGroup: boolean },
) =>
  new Promise<Run>((resolve) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
    Reflect.deleteProperty(childEnv, 'DATABASE_URL')
    const child = spawn('npm', ['run', '--silent', script], {
      cwd: rootDir,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let stdout = ''
    let stderr = ''
    let isStopping = false
    const onOutput = () => {
      if (!stop || isStopping || !stop.when.test(stdout)) return
      isStopping = true
      process.kill(stop.toGroup ? -child.pid! : child.pid!, stop.signal)
    }
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      onOutput()
    })
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })

const UNHANDLED = /unhandled|uncaught|^\s+at \S+/im

const embedded = (name: string) => ({ EMBEDDED_POSTGRES_DIR: path.join(workDir, name), PORTAL_JOBS_AUTORUN: 'false' })

describe('the launcher at startup and exit', () => {
  it(
    'should stop with one line naming the directory when PostgreSQL cannot enter it',
    { timeout: 60_000 },
    async () => {
      // A clone under /root as root: the "postgres" user may not enter a directory only its owner may. Not root, the
      // same trap is a directory its owner cannot enter either.
      const locked = path.join(workDir, 'locked')
      await fs.mkdir(locked, { mode: process.getuid?.() === 0 ? 0o700 : 0o000 })
      const run = await npmRun('migrate', { EMBEDDED_POSTGRES_DIR: path.join(locked, 'postgres') })
      await fs.chmod(locked, 0o700)
      expect(run.code).toBe(1)
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(`cannot enter ${locked}`)])
    },
  )

  it(
    'should seed an empty database, print its summary and exit 0 with nothing unhandled',
    { timeout: 300_000 },
    async () => {
      const run = await npmRun('seed', embedded('postgres'))
      expect(run.stdout).toMatch(/seed: done in/)
      expect(run.stderr).not.toMatch(UNHANDLED)
      expect(run.stderr).not.toMatch(/terminating connection/)
      expect(run.code).toBe(0)
    },
  )

  it('should stop the dev server on Ctrl-C with nothing unhandled', { timeout: 300_000 }, async () => {
    const port = await findFreePort()
    // The database seeded above: dev only seeds an empty one, so this is a plain start.
    const run = await npmRun(
      'dev',
      { ...embedded('postgres'), PORT: String(port) },
      { when: /Ready in/, signal: 'SIGINT', toGroup: true },
    )
    expect(run.stdout).toMatch(/Ready in/)
    expect(run.stderr).not.toMatch(UNHANDLED)
    expect(run.stderr).not.toMatch(/terminating connection/)
    expect({ code: run.code, signal: run.signal }).toEqual({ code: 0, signal: null })
  })

  it('should stop npm start on SIGTERM with nothing unhandled', { timeout: 900_000 }, async () => {
    // The run's build, shared with the other build tests (E2E_REUSE_BUILD=1 reuses an existing one).
    await ensureBuild()
    const port = await findFreePort()
    const run = await npmRun(
      'start',
      { ...embedded('postgres'), PORT: String(port) },
      // npm start runs the front server (src/server/), which says it is ready in its own words.
      { when: /ready on http/, signal: 'SIGTERM', toGroup: false },
    )
    expect(run.stdout).toMatch(/ready on http/)
    expect(run.stderr).not.toMatch(UNHANDLED)
    expect(run.stderr).not.toMatch(/terminating connection/)
    // 143 (128 + SIGTERM) is the graceful path's exit through npm and the launcher, as in two-instances.spec.ts.
    expect({ code: run.code, signal: run.signal, stderr: run.stderr }).toEqual({ code: 143, signal: null, stderr: '' })
  })
})
