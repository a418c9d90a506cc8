/**
 * Starts what a command needs, then the command: `tsx scripts/launch.ts <dev|start|seed|migrate|payload> [...args]`.
 * 1. PostgreSQL: DATABASE_URL, or the embedded cluster under .data/postgres.
 * 2. PAYLOAD_SECRET: the environment's, or one kept under .data/.
 * 3. Migrations, under an advisory lock (several instances may start at once).
 * 4. dev: demo data on an empty database; seed: demo data; then Next.js or the Payload CLI.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { closePayload } from '../src/lib/database/closePayload'
import { ensureDatabase } from '../src/lib/database/ensureDatabase'
import { migrateDatabase } from '../src/lib/database/migrate'
import { ensurePayloadSecret } from '../src/lib/secret'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [mode = 'dev', ...rest] = process.argv.slice(2)

const log = (message: string) => console.log(`[gongkai] ${message}`)

const run = (command: string, args: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn(command, args, { cwd: rootDir, stdio: 'inherit', env: process.env })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })

const withPayload = async <T>(work: (payload: import('payload').Payload) => Promise<T>): Promise<T> => {
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
  log(database.isEmbedded ? `embedded PostgreSQL at ${database.url.replace(/:[^:@/]+@/, ':***@')}` : 'using DATABASE_URL')

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
    if (mode === 'dev') exitCode = await run('npx', ['next', 'dev', '--port', port])
    else if (mode === 'start') exitCode = await run('npx', ['next', 'start', '--port', port])
    else if (mode === 'payload') exitCode = await run('npx', ['payload', ...rest])
    else if (mode !== 'seed' && mode !== 'migrate') throw new Error(`unknown mode "${mode}": use dev, start, seed, migrate or payload`)
  } finally {
    await database.stop()
  }
  process.exit(exitCode)
}

main().catch((err: unknown) => {
  console.error('[gongkai]', err)
  process.exit(1)
})
