/**
 * One run of the numbering benchmark, in its own process (the plugin switch is read when the config
 * loads): boots Payload, creates its own institutions and theme, warms up, then times published creates
 * of disclosure items: one after another; `--concurrency` at a time for one institution (all on one
 * counter); and `--concurrency` at a time spread over as many institutions (one counter each).
 * Prints one JSON line.
 *
 *   DATABASE_URL=… PAYLOAD_SECRET=… [CATALOGUE_NUMBERING_DISABLED=true] tsx bench/numbering/publish.ts \
 *     --publishes 200 --warmup 30 --concurrency 10
 */
import type { Payload } from 'payload'

import crypto from 'node:crypto'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import type { Mode, PhaseResult, PublishRunResult, Variant } from './result'

import { creditCodeCheckCharacter } from '../../collections/validation/creditCode'
import config from '../../payload.config'
import { closePayload } from '../../src/lib/database/closePayload'
import { systemPublishContext } from '../../src/lib/platform/systemPublish'
import { lexicalDocument } from '../../src/lib/richText'
import { countQueries } from '../lib/queryCounter'

const { values: args } = parseArgs({
  options: {
    publishes: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '10' },
  },
})
const publishes = Number(args.publishes)
const warmup = Number(args.warmup)
const concurrency = Number(args.concurrency)
const variant: Variant =
  process.env.CATALOGUE_NUMBERING_DISABLED === 'true'
    ? 'baseline'
    : process.env.CATALOGUE_NUMBERING_GAPLESS === 'false'
      ? 'notGapless'
      : 'plugin'

const runId = crypto.randomBytes(4).toString('hex')

const creditCode = () => {
  const first17 = `11150783${crypto.randomInt(0, 1e9).toString().padStart(9, '0')}`
  return first17 + creditCodeCheckCharacter(first17)
}

type Publish = (n: number) => Promise<void>

/** Publishes items of `institutions` institutions in turn: one counter each (same year), so one row lock each. */
const publisher = async (
  payload: Payload,
  { institutions, themeId }: { institutions: number; themeId: number },
): Promise<Publish> => {
  const ids: number[] = []
  for (let i = 0; i < institutions; i++) {
    const institution = await payload.create({
      collection: 'institutions',
      data: {
        name: `基准测试局-${runId}-${institutions}-${i}`,
        kind: 'department',
        creditCode: creditCode(),
        _status: 'published',
      },
      depth: 0,
    })
    ids.push(institution.id)
  }
  return async (n) => {
    const item = await payload.create({
      collection: 'disclosure-items',
      data: {
        title: `基准测试信息 ${runId} ${n}`,
        institution: ids[n % ids.length]!,
        dateMade: '2026-01-05',
        theme: themeId,
        body: lexicalDocument([`第 ${n} 条信息的正文。`]),
        disclosureMethod: 'proactive',
        _status: 'published',
      },
      depth: 0,
      // Measures numbering, not the review chain: publish as the system.
      context: systemPublishContext(),
    })
    // Guards against timing the wrong thing (a switch that did not switch).
    if (Boolean(item.indexNumber) !== (variant !== 'baseline')) {
      throw new Error(`${variant}: publish ${n} has index number ${JSON.stringify(item.indexNumber)}`)
    }
  }
}

const inParallel = async (count: number, width: number, work: (n: number) => Promise<void>) => {
  let next = 0
  const worker = async () => {
    while (next < count) await work(next++)
  }
  await Promise.all(Array.from({ length: width }, worker))
}

type PhaseArgs = { mode: Mode; width: number; publish: Publish; queries: { read: () => number }; offset: number }

const phase = async ({ mode, width, publish, queries, offset }: PhaseArgs): Promise<PhaseResult> => {
  const queriesBefore = queries.read()
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  await inParallel(publishes, width, (n) => publish(offset + n))
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuBefore)
  return {
    mode,
    concurrency: width,
    publishes,
    ms: Math.round(ms),
    publishesPerSecond: (publishes * 1000) / ms,
    msPerPublish: ms / publishes,
    cpuMsPerPublish: (cpu.user + cpu.system) / 1000 / publishes,
    queriesPerPublish: (queries.read() - queriesBefore) / publishes,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    loadAverage: os.loadavg()[0]!,
  }
}

const main = async () => {
  const payload = await getPayload({ config })
  try {
    const queries = countQueries(payload)
    const theme = await payload.create({
      collection: 'categories',
      data: { kind: 'theme', code: `B-${runId}`, name: `基准-${runId}` },
      depth: 0,
    })
    const oneCounter = await publisher(payload, { institutions: 1, themeId: theme.id })
    const manyCounters = await publisher(payload, { institutions: concurrency, themeId: theme.id })
    await inParallel(warmup, 1, oneCounter)
    await inParallel(warmup, concurrency, (n) => manyCounters(warmup + n))
    const phases: PhaseResult[] = []
    for (const [mode, width, publish] of [
      ['sequential', 1, oneCounter],
      ['concurrent', concurrency, oneCounter],
      ['concurrentSpread', concurrency, manyCounters],
    ] as const) {
      phases.push(await phase({ mode, width, publish, queries, offset: 2 * warmup + phases.length * publishes }))
    }
    const result: PublishRunResult = { variant, phases }
    console.log(JSON.stringify(result))
  } finally {
    await closePayload(payload)
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('[bench:numbering]', err)
    process.exit(1)
  },
)
