import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import { findFreePort } from '../../src/lib/database/freePort'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** `next build` (without a database, as in production) unless a build is already there. */
export const ensureBuilt = async (rootDir: string, log: (message: string) => void) => {
  const hasBuild = await fs.access(path.join(rootDir, '.next', 'BUILD_ID')).then(
    () => true,
    () => false,
  )
  if (hasBuild) return
  log('next build')
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  Reflect.deleteProperty(env, 'DATABASE_URL')
  Reflect.deleteProperty(env, 'NODE_ENV')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(rootDir, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: rootDir,
      env,
      stdio: 'inherit',
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited ${code}`))))
  })
}

/** Resident memory of every process in a process group (the server and any child it forks), in bytes. */
const groupRss = async (groupId: number): Promise<number> => {
  let total = 0
  for (const entry of await fs.readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue
    const stat = await fs.readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '')
    // Fields after the command name (which may contain spaces): state ppid pgrp ...; rss is field 24.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) !== groupId) continue
    total += Number(fields[21]) * 4096
  }
  return total
}

export type BenchServer = {
  url: string
  stop: () => Promise<void>
  /** The peak RSS of the server's processes since the last call (sampled every 250 ms), in MB; resets it. */
  takePeakRssMb: () => number
}

/**
 * What `npm start` runs after migrating (src/server/index.ts: Next.js behind the cache front) on the bench
 * database, in its own process group; stopped by `stop`. `BENCH_SERVER=next-start` runs `next start` alone
 * instead, to compare with the server as it was before the front.
 */
export const startServer = async ({
  rootDir,
  databaseUrl,
  payloadSecret,
  env = {},
}: {
  rootDir: string
  databaseUrl: string
  payloadSecret: string
  env?: Record<string, string>
}): Promise<BenchServer> => {
  const port = await findFreePort()
  const command =
    process.env.BENCH_SERVER === 'next-start'
      ? [path.join(rootDir, 'node_modules/next/dist/bin/next'), 'start']
      : ['--import', 'tsx', path.join(rootDir, 'src/server/index.ts')]
  // BENCH_NODE_FLAGS: flags for the server's Node.js that NODE_OPTIONS refuses, such as `--cpu-prof`.
  const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)
  const child = spawn(process.execPath, [...nodeFlags, ...command, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: rootDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: payloadSecret,
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: 'ignore',
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  let peak = 0
  const sampler = setInterval(() => {
    if (child.pid) void groupRss(child.pid).then((rss) => (peak = Math.max(peak, rss)))
  }, 250)
  const stop = async () => {
    clearInterval(sampler)
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.on('exit', resolve))
    if (child.pid) process.kill(-child.pid, 'SIGTERM')
    await exited
  }
  const takePeakRssMb = () => {
    const mb = peak / 2 ** 20
    peak = 0
    return mb
  }
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(`${url}/robots.txt`)).status === 200) return { url, stop, takePeakRssMb }
    } catch {
      // Not listening yet.
    }
    await sleep(500)
  }
  await stop()
  throw new Error('the server did not answer within 2 minutes')
}
