/**
 * Starts what a command needs, then the command: `node --import tsx scripts/launch.ts <dev|start|seed|migrate|payload> [...args]`.
 * (`node --import tsx`, not the `tsx` command, for the servers: the tsx command relays a signal and SIGKILLs its
 * child when it does not acknowledge within 30 ms, which would cut the server's graceful shutdown.)
 * 1. PostgreSQL: DATABASE_URL, or the embedded cluster under .data/postgres.
 * 2. PAYLOAD_SECRET: the environment's, or one kept under .data/.
 * 3. Migrations, under an advisory lock (several instances may start at once).
 * 4. dev: demo data on an empty database; seed: demo data; then Next.js (start: src/server/, Next.js behind the
 *    cache front) or the Payload CLI.
 */
import type { Payload } from 'payload'

import exitHook from 'async-exit-hook'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { closePayload } from '../src/lib/database/closePayload'
import { ensureDatabase } from '../src/lib/database/ensureDatabase'
import { migrateDatabase } from '../src/lib/database/migrate'
import { StartupError } from '../src/lib/database/postgresUser'
import { ensurePayloadSecret } from '../src/lib/secret'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [mode = 'dev', ...rest] = process.argv.slice(2)

const log = (message: string) => console.log(`[gongkai] ${message}`)

const nextBin = path.join(rootDir, 'node_modules', 'next', 'dist', 'bin', 'next')
const serverEntry = path.join(rootDir, 'src', 'server', 'index.ts')

/** After a signal, how long the command has to exit on its own (the server's own deadline is 9 s). */
const SIGNAL_GRACE_MS = 10_000

/**
 * Runs the command as a direct child and passes SIGINT/SIGTERM on to it, then waits for it to exit (killing it
 * if it outlives the grace period), so a stopped launcher never leaves its server running as an orphan.
 */
const run = (command: string, args: string[]) =>
  new Promise<number>((resolve) => {
    // The embedded cluster's exit hook (async-exit-hook) would stop PostgreSQL and exit at the signal, before
    // the server has finished its requests and closed its pools: while the command runs, this process only passes
    // signals on, and the cluster is stopped after the command has exited (main's finally).
    const hooked = exitHook.hookedEvents()
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) if (hooked.includes(signal)) exitHook.unhookEvent(signal)
    const child = spawn(command, args, { cwd: rootDir, stdio: 'inherit', env: process.env })
    let killTimer: NodeJS.Timeout | undefined
    const forward = (signal: NodeJS.Signals) => {
      child.kill(signal)
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), SIGNAL_GRACE_MS)
    }
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      clearTimeout(killTimer)
      resolve(code ?? (signal ? 1 : 0))
    })
  })

const withPayload = async <T>(work: (payload: Payload) => Promise<T>): Promise<T> => {
  const { getPayload } = await import('payload')
  const config = (await import('../payload.config')).default
  const payload = await getPayload({ config })
  try {
    return await work(payload)
  } finally {
    await closePayload(payload)
  }
}

const main = async () => {
  const database = await ensureDatabase({ rootDir })
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = await ensurePayloadSecret(rootDir)
  log(
    database.isEmbedded ? `embedded PostgreSQL at ${database.url.replace(/:[^:@/]+@/, ':***@')}` : 'using DATABASE_URL',
  )

  let exitCode = 0
  try {
    if (mode !== 'payload') {
      await withPayload(async (payload) => {
        await migrateDatabase(payload, database.url)
        if (mode === 'seed' || mode === 'dev') {
          const { seedDemoData } = await import('../seed')
          await seedDemoData({ payload, log, onlyIfEmpty: mode === 'dev' })
        }
      })
    }
    const port = process.env.PORT ?? '3000'
    // Next.js itself, not through npx and a shell that would not pass a signal on.
    if (mode === 'dev') exitCode = await run(process.execPath, [nextBin, 'dev', '--port', port])
    // The production server: Next.js behind a front that answers anonymous cache hits (src/server/).
    else if (mode === 'start') exitCode = await run(process.execPath, ['--import', 'tsx', serverEntry, '--port', port])
    else if (mode === 'payload') exitCode = await run('npx', ['payload', ...rest])
    else if (mode !== 'seed' && mode !== 'migrate')
      throw new Error(`unknown mode "${mode}": use dev, start, seed, migrate or payload`)
  } finally {
    await database.stop()
  }
  process.exit(exitCode)
}

main().catch((err: unknown) => {
  // A startup trap the message explains in one line needs no stack.
  console.error('[gongkai]', err instanceof StartupError ? err.message : err)
  process.exit(1)
})
