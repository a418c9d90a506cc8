/**
 * The scale benchmark (issue 11): `--items` generated disclosure items, `next start` on them, and every
 * figure beside its baseline from the same run:
 * - portal pages (home, filtered catalogue, item pages, search) against a static file of the same server;
 * - API reads (REST list and by id, GraphQL list, catalogue lookup), anonymous and signed in, against the
 *   same query hand-written in SQL through `pg` (bench/scale/baseline.ts); the search API (its target is
 *   absolute: p95 under 100 ms);
 * - publishes per second through the workflow's final approval (a signer approving documents waiting in
 *   领导签发, through REST), every portal page's latency right after a publish with 10 visitors waiting,
 *   and the static file's meanwhile;
 * - the admin list of disclosure items, signed in: time to first byte and to the complete response; the same
 *   for the office's timeliness dashboard and report over a year.
 * Settings from the environment: BENCH_DURATION (s per target, default 10), BENCH_WARMUP (s, 3),
 * BENCH_CONNECTIONS (10), BENCH_APPROVALS (200), BENCH_AFTER_PUBLISH_ROUNDS (3), BENCH_TARGETS (only the
 * load targets whose name contains one of these comma-separated words, and the static file; all by default).
 */
import crypto from 'node:crypto'
import os from 'node:os'
import { performance } from 'node:perf_hooks'

import type { GenerateResult } from '../generate/generateItems'
import type { Benchmark } from '../types'

import { lastJsonLine, runChild } from '../lib/runChild'
import { ensureBuilt, startServer } from '../lib/server'
import { statementCosts } from '../lib/statementCosts'
import { median } from '../lib/stats'
import { formatTable } from '../lib/table'
import { startBaseline } from './baseline'
import { type LoadResult, type Request, runAutocannon } from './load'

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`)
  return value
}

/** BENCH_TARGETS: a quick run of some load targets (the static file, the first, is always measured). */
const isSelected = (name: string) => {
  const words = (process.env.BENCH_TARGETS ?? '').split(',').filter(Boolean)
  return words.length === 0 || words.some((word) => name.includes(word))
}

const settings = () => ({
  seconds: setting('BENCH_DURATION', 10),
  warmupSeconds: setting('BENCH_WARMUP', 3),
  connections: setting('BENCH_CONNECTIONS', 10),
  publishes: setting('BENCH_APPROVALS', 200),
  afterPublishRounds: setting('BENCH_AFTER_PUBLISH_ROUNDS', 3),
  visitors: 10,
})

type Prepared = {
  accounts: { signer: string; reader: string }
  generated: GenerateResult
  /** The content-security rescan of every published item the seed queued, run before the server starts. */
  rescan: { seconds: number; documents: number }
}

type Target = {
  name: string
  app: Request[]
  /** The baseline's requests, on the baseline server (raw SQL) or, for pages, the static file on the app. */
  baseline?: { name: string; origin: 'app' | 'sql'; requests: Request[] }
}

type Measured = { target: string; result: LoadResult; baselineName?: string; baseline?: LoadResult; peakRssMb: number }

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
}

const itemPath = (indexNumber: string) => `/catalogue/${indexNumber.split('/').map(encodeURIComponent).join('/')}`

const login = async (origin: string, email: string, password: string): Promise<string> => {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`login of ${email} failed: ${response.status}`)
  return body.token
}

/** The longest a single request of the publish and after-publish phases is waited for; longer counts as an error. */
const REQUEST_TIMEOUT_MS = 60_000

/** Sends one request and times the first byte and the whole body; a failure or timeout is status 0 at the cap. */
const timed = async (url: string, init: RequestInit = {}) => {
  const started = performance.now()
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    const firstByte = performance.now() - started
    await response.arrayBuffer()
    return { status: response.status, firstByteMs: firstByte, totalMs: performance.now() - started }
  } catch {
    return {
      status: 0,
      firstByteMs: REQUEST_TIMEOUT_MS,
      totalMs: Math.max(REQUEST_TIMEOUT_MS, performance.now() - started),
    }
  }
}

/** A signed-in admin page or office report: one warm-up, then the median of five sequential loads. */
const timedPage = async (url: string, init: RequestInit) => {
  await timed(url, init)
  const runs = []
  for (let run = 0; run < 5; run += 1) runs.push(await timed(url, init))
  return {
    status: runs[0]!.status,
    firstByteMs: median(runs.map((run) => run.firstByteMs)),
    totalMs: median(runs.map((run) => run.totalMs)),
    maxTotalMs: Math.max(...runs.map((run) => run.totalMs)),
  }
}

const approve = async (origin: string, token: string, id: number) =>
  (
    await timed(`${origin}/api/disclosure-items/${id}/workflow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ action: 'approve', disclosureMethod: 'proactive' }),
    })
  ).status

/** Final approvals of `ids`, `concurrency` at a time; publishes per second over the whole batch. */
const publishAll = async (origin: string, token: string, ids: number[], concurrency: number) => {
  let next = 0
  let failed = 0
  const latencies: number[] = []
  const started = performance.now()
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!
      const begin = performance.now()
      if ((await approve(origin, token, id)) !== 200) failed += 1
      latencies.push(performance.now() - begin)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  return {
    publishes: ids.length - failed,
    failed,
    perSecond: (ids.length - failed) / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
  }
}

/**
 * Right after each of `ids`' publishes, `visitors` visitors open every portal page at once while a probe
 * requests the static file every 20 ms: each page's latency (p95 and max over the rounds), the probe's.
 */
const afterPublish = async ({
  origin,
  token,
  ids,
  pages,
  visitors,
}: {
  origin: string
  token: string
  ids: number[]
  pages: Record<string, string>
  visitors: number
}) => {
  const latencies: Record<string, number[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]))
  const staticLatencies: number[] = []
  let errors = 0
  for (const id of ids) {
    if ((await approve(origin, token, id)) !== 200) errors += 1
    let done = false
    const probe = (async () => {
      while (!done) {
        staticLatencies.push((await timed(`${origin}/robots.txt`)).totalMs)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })()
    await Promise.all(
      Object.entries(pages).flatMap(([name, path]) =>
        Array.from({ length: visitors }, async () => {
          const result = await timed(`${origin}${path}`)
          if (result.status !== 200) errors += 1
          latencies[name]!.push(result.totalMs)
        }),
      ),
    )
    done = true
    await probe
  }
  return {
    pages: Object.entries(latencies).map(([name, values]) => ({
      page: name,
      p95Ms: percentile(values, 95),
      maxMs: Math.max(...values),
    })),
    staticFile: {
      p95Ms: percentile(staticLatencies, 95),
      maxMs: Math.max(...staticLatencies),
      requests: staticLatencies.length,
    },
    errors,
  }
}

const ms = (value: number) =>
  value >= REQUEST_TIMEOUT_MS ? `>${REQUEST_TIMEOUT_MS}` : value >= 100 ? value.toFixed(0) : value.toFixed(1)

export const scaleBenchmark: Benchmark = {
  name: 'scale',
  title: 'scale: portal, API, publishing and admin on generated items, each against its baseline',
  run: async ({ rootDir, databaseUrl, payloadSecret, log, items }) => {
    const config = settings()
    const password = crypto.randomBytes(12).toString('hex')
    const signoff = config.publishes + config.afterPublishRounds
    log(`scale: demo data, ${items} generated items and ${signoff} waiting in sign-off`)
    const prepared = lastJsonLine<Prepared>(
      await runChild({
        rootDir,
        script: 'bench/scale/prepare.ts',
        args: ['--items', String(items), '--signoff', String(signoff), '--password', password],
        env: {
          DATABASE_URL: databaseUrl,
          PAYLOAD_SECRET: payloadSecret,
          LOG_LEVEL: 'warn',
          PORTAL_JOBS_AUTORUN: 'false',
          JOBS_AUTORUN: 'false',
        },
      }),
    )
    const { generated } = prepared
    log(`scale: generated in ${generated.seconds.toFixed(0)} s (${generated.itemsPerSecond.toFixed(0)} items/s)`)
    const { rescan } = prepared
    const rescanLine = `content-security rescan before the measurements: ${rescan.documents} published documents in ${rescan.seconds.toFixed(0)} s (${(rescan.documents / rescan.seconds).toFixed(0)} documents/s)`
    log(`scale: ${rescanLine}`)

    await ensureBuilt(rootDir, log)
    const server = await startServer({ rootDir, databaseUrl, payloadSecret })
    const baseline = await startBaseline(databaseUrl)
    const measured: Measured[] = []
    try {
      const origin = server.url
      const [signerToken, readerToken] = await Promise.all([
        login(origin, prepared.accounts.signer, password),
        login(origin, prepared.accounts.reader, password),
      ])
      const sample = generated.sample
      const theme = sample[0]!.theme
      const itemSample = sample.slice(0, 20)
      const signedIn = { authorization: `JWT ${readerToken}` }
      // The admin's way of signing in: the session cookie, which Payload's own strategy reads
      // (collections/auth/ reads header tokens), so both reads of the caller are measured in one run.
      const signedInByCookie = { cookie: `payload-token=${readerToken}`, 'sec-fetch-site': 'same-origin' }
      const listQuery = `where[theme][equals]=${theme}&sort=-dateMade&limit=20&depth=0`
      const graphql = JSON.stringify({
        query: `{ DisclosureItems(where: { theme: { equals: ${theme} } }, sort: "-dateMade", limit: 20) { totalDocs docs { id title indexNumber dateMade documentNumber summary } } }`,
      })
      // What a browser sends with every page request: the pages are asked for, and answered, gzipped (as the public
      // gets them); the static file gets the same headers. One uncompressed row shows what the bytes cost.
      const browser = {
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
        'accept-encoding': 'gzip, deflate, br, zstd',
      }
      const page = (path: string): Request => ({ path, headers: browser })
      const staticFile: Target['baseline'] = {
        name: 'static file',
        origin: 'app',
        requests: [{ path: '/robots.txt', headers: browser }],
      }
      const searchTerms = ['政府信息公开', '财政预算', sample[1]!.title]
      const allTargets: Target[] = [
        { name: 'static file /robots.txt', app: staticFile.requests },
        { name: 'portal home', app: [page('/')], baseline: staticFile },
        { name: 'portal home, uncompressed', app: [{ path: '/' }], baseline: staticFile },
        {
          name: 'catalogue, filtered',
          app: [
            page(`/catalogue?theme=${theme}`),
            page('/catalogue?year=2021'),
            page(`/catalogue?theme=${theme}&year=2019`),
          ],
          baseline: staticFile,
        },
        {
          name: `item page (${itemSample.length} items)`,
          app: itemSample.map((item) => page(itemPath(item.indexNumber))),
          baseline: staticFile,
        },
        {
          name: 'search page',
          app: searchTerms.map((q) => page(`/search?q=${encodeURIComponent(q)}`)),
          baseline: staticFile,
        },
        {
          name: 'search API',
          app: searchTerms.map((q) => ({ path: `/api/portal/search?q=${encodeURIComponent(q)}` })),
        },
        {
          name: 'REST list, anonymous',
          app: [{ path: `/api/disclosure-items?${listQuery}` }],
          baseline: { name: 'SQL', origin: 'sql', requests: [{ path: `/list?theme=${theme}` }] },
        },
        {
          name: 'REST by id, anonymous',
          app: itemSample.map((item) => ({ path: `/api/disclosure-items/${item.id}?depth=0` })),
          baseline: { name: 'SQL', origin: 'sql', requests: itemSample.map((item) => ({ path: `/item/${item.id}` })) },
        },
        {
          name: 'GraphQL list, anonymous',
          app: [{ path: '/api/graphql', method: 'POST', body: graphql }],
          baseline: {
            name: 'SQL',
            origin: 'sql',
            requests: [{ path: '/graphql', method: 'POST', body: JSON.stringify({ theme }) }],
          },
        },
        {
          name: 'catalogue lookup',
          app: itemSample.map((item) => ({
            path: `/api/catalogue/${item.indexNumber.split('/').map(encodeURIComponent).join('/')}`,
          })),
          baseline: {
            name: 'SQL',
            origin: 'sql',
            requests: itemSample.map((item) => ({ path: `/lookup/${encodeURIComponent(item.indexNumber)}` })),
          },
        },
        {
          name: 'REST list, signed in',
          app: [{ path: `/api/disclosure-items?${listQuery}`, headers: signedIn }],
          baseline: { name: 'SQL', origin: 'sql', requests: [{ path: `/list?theme=${theme}` }] },
        },
        {
          name: 'REST by id, signed in',
          app: itemSample.map((item) => ({ path: `/api/disclosure-items/${item.id}?depth=0`, headers: signedIn })),
          baseline: { name: 'SQL', origin: 'sql', requests: itemSample.map((item) => ({ path: `/item/${item.id}` })) },
        },
        {
          name: 'REST list, signed in (cookie)',
          app: [{ path: `/api/disclosure-items?${listQuery}`, headers: signedInByCookie }],
          baseline: { name: 'SQL', origin: 'sql', requests: [{ path: `/list?theme=${theme}` }] },
        },
        {
          name: 'REST by id, signed in (cookie)',
          app: itemSample.map((item) => ({
            path: `/api/disclosure-items/${item.id}?depth=0`,
            headers: signedInByCookie,
          })),
          baseline: { name: 'SQL', origin: 'sql', requests: itemSample.map((item) => ({ path: `/item/${item.id}` })) },
        },
      ]
      const targets = allTargets.filter((target, index) => index === 0 || isSelected(target.name))

      const load = async (originOf: string, requests: Request[]) => {
        // One request of each first, one at a time: a page's first render after start (facets, counts) can take
        // longer than the whole warm-up, and the figures are those of the pages the public gets between publishes.
        for (const request of requests) {
          await timed(`${originOf}${request.path}`, {
            method: request.method ?? 'GET',
            body: request.body,
            headers: { 'content-type': 'application/json', ...request.headers },
          })
        }
        await runAutocannon({
          origin: originOf,
          requests,
          connections: config.connections,
          seconds: config.warmupSeconds,
        })
        return runAutocannon({ origin: originOf, requests, connections: config.connections, seconds: config.seconds })
      }
      const baselines = new Map<string, LoadResult>()
      for (const target of targets) {
        log(`scale: ${target.name}`)
        server.takePeakRssMb()
        const result = await load(origin, target.app)
        const peakRssMb = server.takePeakRssMb()
        let baselineResult: LoadResult | undefined
        if (target.baseline) {
          const key = `${target.baseline.origin} ${JSON.stringify(target.baseline.requests)}`
          baselineResult = baselines.get(key)
          if (!baselineResult) {
            baselineResult =
              target.baseline.origin === 'app'
                ? measured[0]!.result
                : await load(baseline.url, target.baseline.requests)
            baselines.set(key, baselineResult)
          }
        }
        measured.push({
          target: target.name,
          result,
          baselineName: target.baseline?.name,
          baseline: baselineResult,
          peakRssMb,
        })
      }

      const table = formatTable(
        [
          'target',
          'requests/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'bytes',
          'baseline',
          'baseline req/s',
          'baseline p95 ms',
          'ratio',
          'errors',
          'peak RSS MB',
        ],
        measured.map(({ target, result, baselineName, baseline: base, peakRssMb }) => [
          target,
          result.requestsPerSecond.toFixed(0),
          ms(result.p50Ms),
          ms(result.p95Ms),
          ms(result.p99Ms),
          result.bytes.toFixed(0),
          baselineName ?? '–',
          base ? base.requestsPerSecond.toFixed(0) : '–',
          base ? ms(base.p95Ms) : '–',
          base ? `${(result.requestsPerSecond / base.requestsPerSecond).toFixed(2)}×` : '–',
          String(result.errors),
          peakRssMb.toFixed(0),
        ]),
      )
      // Printed now: the phases after this one expire the caches and, at scale, can take minutes.
      console.log(`\n${table}\n`)

      log('scale: admin list of disclosure items, signed in')
      const adminInit = { headers: { cookie: `payload-token=${readerToken}` } }
      const admin = await timedPage(`${origin}/admin/collections/disclosure-items`, adminInit)
      // The office's year: the timeliness dashboard (charts, late list, stale columns) and its report as JSON.
      const year = 'from=2025-01-01&to=2025-12-31'
      log('scale: the timeliness dashboard and report for a year, signed in')
      const dashboard = await timedPage(`${origin}/admin/timeliness?${year}`, adminInit)
      const timelinessReport = await timedPage(`${origin}/api/timeliness/report?${year}`, { headers: signedIn })
      log(`scale: admin list: first byte ${ms(admin.firstByteMs)} ms, complete ${ms(admin.totalMs)} ms`)
      log(`scale: ${config.publishes} final approvals, ${config.connections} at a time`)
      server.takePeakRssMb()
      const publishStatements = await statementCosts(databaseUrl)
      const publishing = {
        ...(await publishAll(origin, signerToken, generated.signoffIds.slice(0, config.publishes), config.connections)),
        peakRssMb: server.takePeakRssMb(),
        statements: await publishStatements(),
      }

      log(`scale: ${publishing.perSecond.toFixed(1)} publishes/s, ${publishing.failed} failed`)
      log(
        `scale: portal pages right after a publish, ${config.visitors} visitors each, ${config.afterPublishRounds} rounds`,
      )
      const pages = {
        home: '/',
        catalogue: '/catalogue',
        'catalogue, filtered': `/catalogue?theme=${theme}`,
        'item page': itemPath(itemSample[2]!.indexNumber),
        'search page': `/search?q=${encodeURIComponent('政府信息公开')}`,
      }
      server.takePeakRssMb()
      const after = {
        ...(await afterPublish({
          origin,
          token: signerToken,
          ids: generated.signoffIds.slice(config.publishes),
          pages,
          visitors: config.visitors,
        })),
        peakRssMb: server.takePeakRssMb(),
      }

      const afterTable = formatTable(
        ['right after a publish', 'p95 ms', 'max ms'],
        [
          ...after.pages.map((page) => [page.page, ms(page.p95Ms), ms(page.maxMs)]),
          ['static file /robots.txt (meanwhile)', ms(after.staticFile.p95Ms), ms(after.staticFile.maxMs)],
        ],
      )
      const signedInRatio = (name: string) => {
        const row = measured.find((entry) => entry.target === name)
        if (!row) return `${name}: not measured`
        return `${name}: p50 ${ms(row.result.p50Ms)} ms vs SQL ${ms(row.baseline!.p50Ms)} ms (${(row.result.p50Ms / row.baseline!.p50Ms).toFixed(1)}×)`
      }
      const summary = [
        `${items} generated items (${generated.counts.proactive} 主动公开, ${generated.counts.onRequest} 依申请公开, ${generated.counts.draft} drafts) in ${generated.seconds.toFixed(0)} s; ` +
          `${config.connections} connections, ${config.seconds} s per target after ${config.warmupSeconds} s warm-up; client, server and PostgreSQL share ${os.availableParallelism()} cores (load ${os.loadavg()[0]!.toFixed(1)})`,
        rescanLine,
        table,
        `signed-in latency against raw SQL: ${signedInRatio('REST list, signed in')}; ${signedInRatio('REST by id, signed in')}; ${signedInRatio('REST list, signed in (cookie)')}; ${signedInRatio('REST by id, signed in (cookie)')}`,
        `final approvals: ${publishing.publishes} in ${config.connections} parallel, ${publishing.perSecond.toFixed(1)} publishes/s (p50 ${ms(publishing.p50Ms)} ms, p95 ${ms(publishing.p95Ms)} ms, ${publishing.failed} failed), peak RSS ${publishing.peakRssMb.toFixed(0)} MB`,
        formatTable(
          ["the final approvals' costliest statements", 'calls', 'total ms', 'mean ms'],
          publishing.statements.map((cost) => [
            cost.statement.slice(0, 100),
            String(cost.calls),
            ms(cost.totalMs),
            cost.meanMs.toFixed(2),
          ]),
        ),
        afterTable,
        `(${config.afterPublishRounds} publishes, ${config.visitors} visitors per page each, ${after.errors} errors, peak RSS ${after.peakRssMb.toFixed(0)} MB)`,
        `admin list /admin/collections/disclosure-items (signed in, status ${admin.status}): first byte ${ms(admin.firstByteMs)} ms, complete ${ms(admin.totalMs)} ms (median of 5, max ${ms(admin.maxTotalMs)} ms)`,
        `timeliness dashboard /admin/timeliness, 2025 (status ${dashboard.status}): first byte ${ms(dashboard.firstByteMs)} ms, complete ${ms(dashboard.totalMs)} ms (median of 5, max ${ms(dashboard.maxTotalMs)} ms)`,
        `timeliness report /api/timeliness/report, 2025, JSON (status ${timelinessReport.status}): complete ${ms(timelinessReport.totalMs)} ms (median of 5, max ${ms(timelinessReport.maxTotalMs)} ms)`,
      ].join('\n')
      return {
        summary,
        results: {
          settings: config,
          items,
          generated: { counts: generated.counts, seconds: generated.seconds },
          rescan,
          measured,
          publishing,
          afterPublish: after,
          admin,
          dashboard,
          timelinessReport,
        },
      }
    } finally {
      await baseline.stop()
      await server.stop()
    }
  },
}
