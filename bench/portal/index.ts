import os from 'node:os'

import type { Benchmark } from '../types'
import type { SearchBenchResult } from './search'

import { lastJsonLine, runChild } from '../lib/runChild'
import { ensureBuilt, startServer } from '../lib/server'
import { formatTable } from '../lib/table'
import { type LoadResult, runLoad } from './load'

const settings = { generatedItems: 500, concurrency: 8, warmupMs: 3_000, durationMs: 10_000, searchDocuments: 20_000 }

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
      await runChild({
        rootDir,
        script: 'bench/portal/seed.ts',
        args: ['--items', String(settings.generatedItems)],
        env: {
          DATABASE_URL: databaseUrl,
          PAYLOAD_SECRET: payloadSecret,
          LOG_LEVEL: 'warn',
          PORTAL_JOBS_AUTORUN: 'false',
        },
      }),
    )
    await ensureBuilt(rootDir, log)
    const server = await startServer({ rootDir, databaseUrl, payloadSecret })
    const itemPaths = seeded.indexNumbers
      .slice(0, 20)
      .map((number) => `/catalogue/${number.split('/').map(encodeURIComponent).join('/')}`)
    const targets: Target[] = [
      { name: 'static file (/robots.txt)', paths: ['/robots.txt'] },
      { name: 'home', paths: ['/'] },
      { name: 'catalogue', paths: ['/catalogue', '/catalogue?page=2', '/catalogue?year=2011'] },
      { name: `item page (${itemPaths.length} items)`, paths: itemPaths },
      { name: 'search page', paths: ['/search?q=公开', '/search?q=通知&year=2011', '/search?q=政府信息'] },
      {
        name: 'search API (uncached)',
        paths: ['/api/portal/search?q=公开', '/api/portal/search?q=通知&year=2011', '/api/portal/search?q=政府信息'],
      },
    ]
    const results: Array<{ target: string } & LoadResult> = []
    try {
      for (const target of targets) {
        const urls = target.paths.map((pathname) => `${server.url}${pathname}`)
        log(`portal: ${target.name}`)
        await runLoad({ urls, concurrency: settings.concurrency, durationMs: settings.warmupMs })
        results.push({
          target: target.name,
          ...(await runLoad({ urls, concurrency: settings.concurrency, durationMs: settings.durationMs })),
        })
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
        env: {
          DATABASE_URL: databaseUrl,
          PAYLOAD_SECRET: payloadSecret,
          LOG_LEVEL: 'warn',
          PORTAL_JOBS_AUTORUN: 'false',
        },
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
