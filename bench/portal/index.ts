import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Benchmark } from '../types'

import { findFreePort } from '../../src/lib/database/freePort'
import { lastJsonLine, runChild } from '../lib/runChild'
import { formatTable } from '../lib/table'
import type { SearchBenchResult } from './search'

import { type LoadResult, runLoad } from './load'

const settings = { generatedItems: 500, concurrency: 8, warmupMs: 3_000, durationMs: 10_000, searchDocuments: 20_000 }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** `next build` (without a database, as in production) unless a build is already there. */
const ensureBuilt = async (rootDir: string, log: (message: string) => void) => {
  const hasBuild = await fs.access(path.join(rootDir, '.next', 'BUILD_ID')).then(
    () => true,
    () => false,
  )
  if (hasBuild) return
  log('portal: next build')
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  Reflect.deleteProperty(env, 'DATABASE_URL')
  Reflect.deleteProperty(env, 'NODE_ENV')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(rootDir, 'node_modules/next/dist/bin/next'), 'build'], { cwd: rootDir, env, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited ${code}`))))
  })
}

/** `next start` on the bench database; stopped by the returned function. */
const startServer = async ({ rootDir, databaseUrl, payloadSecret }: { rootDir: string; databaseUrl: string; payloadSecret: string }) => {
  const port = await findFreePort()
  const child = spawn(process.execPath, [path.join(rootDir, 'node_modules/next/dist/bin/next'), 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: rootDir,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PAYLOAD_SECRET: payloadSecret, LOG_LEVEL: 'warn', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.on('exit', resolve))
    if (child.pid) process.kill(-child.pid, 'SIGTERM')
    await exited
  }
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(`${url}/robots.txt`)).status === 200) return { url, stop }
    } catch {
      // Not listening yet.
    }
    await sleep(500)
  }
  await stop()
  throw new Error('next start did not answer within 2 minutes')
}

type Target = { name: string; paths: string[] }

/**
 * Portal pages (home, catalogue, item, search) against a static file of the same server, one after the
 * other under the same closed-loop load, on the demo data plus generated items. Pages are warmed first:
 * the numbers are those of the cached pages the public gets between publishes.
 */
export const portalBenchmark: Benchmark = {
  name: 'portal',
  title: 'portal: page throughput and latency against a static file',
  run: async ({ rootDir, databaseUrl, payloadSecret, log }) => {
    log(`portal: demo data and ${settings.generatedItems} generated items`)
    const seeded = lastJsonLine<{ indexNumbers: string[] }>(
      await runChild({ rootDir, script: 'bench/portal/seed.ts', args: ['--items', String(settings.generatedItems)], env: { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: payloadSecret, LOG_LEVEL: 'warn', PORTAL_JOBS_AUTORUN: 'false' } }),
    )
    await ensureBuilt(rootDir, log)
    const server = await startServer({ rootDir, databaseUrl, payloadSecret })
    const itemPaths = seeded.indexNumbers.slice(0, 20).map((number) => `/catalogue/${number.split('/').map(encodeURIComponent).join('/')}`)
    const targets: Target[] = [
      { name: 'static file (/robots.txt)', paths: ['/robots.txt'] },
      { name: 'home', paths: ['/'] },
      { name: 'catalogue', paths: ['/catalogue', '/catalogue?page=2', '/catalogue?year=2011'] },
      { name: `item page (${itemPaths.length} items)`, paths: itemPaths },
      { name: 'search page', paths: ['/search?q=公开', '/search?q=通知&year=2011', '/search?q=政府信息'] },
      { name: 'search API (uncached)', paths: ['/api/portal/search?q=公开', '/api/portal/search?q=通知&year=2011', '/api/portal/search?q=政府信息'] },
    ]
    const results: Array<{ target: string } & LoadResult> = []
    try {
      for (const target of targets) {
        const urls = target.paths.map((pathname) => `${server.url}${pathname}`)
        log(`portal: ${target.name}`)
        await runLoad({ urls, concurrency: settings.concurrency, durationMs: settings.warmupMs })
        results.push({ target: target.name, ...(await runLoad({ urls, concurrency: settings.concurrency, durationMs: settings.durationMs })) })
      }
    } finally {
      await server.stop()
    }
    log(`portal: search on ${settings.searchDocuments} generated documents`)
    const search = lastJsonLine<SearchBenchResult>(
      await runChild({
        rootDir,
        script: 'bench/portal/searchRun.ts',
        args: ['--documents', String(settings.searchDocuments)],
        env: { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: payloadSecret, LOG_LEVEL: 'warn', PORTAL_JOBS_AUTORUN: 'false' },
      }),
    )
    const staticRate = results[0]!.requestsPerSecond
    const table = formatTable(
      ['target', 'requests/s', 'p50 ms', 'p95 ms', 'KB per response', 'of static rate', 'errors'],
      results.map((result) => [
        result.target,
        result.requestsPerSecond.toFixed(0),
        result.p50Ms.toFixed(1),
        result.p95Ms.toFixed(1),
        (result.bytes / 1024).toFixed(1),
        `${((result.requestsPerSecond / staticRate) * 100).toFixed(0)}%`,
        String(result.errors),
      ]),
    )
    const load = os.loadavg()[0]!.toFixed(1)
    const summary = [
      `${settings.concurrency} concurrent clients, ${settings.durationMs / 1000} s per target after ${settings.warmupMs / 1000} s warm-up; client and server share ${os.availableParallelism()} cores (load ${load})`,
      table,
      `searchCatalogue on ${search.documents} generated documents, ${search.queries} queries: p50 ${search.p50Ms.toFixed(1)} ms, p95 ${search.p95Ms.toFixed(1)} ms, max ${search.maxMs.toFixed(1)} ms (mean ${search.meanTotalDocs.toFixed(0)} hits)`,
    ].join('\n')
    return { summary, results: { settings, results, search } }
  },
}
