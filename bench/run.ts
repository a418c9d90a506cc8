/**
 * `npm run bench [-- [--items N] [<name> ... | all]]`: starts one embedded PostgreSQL, migrates a database on
 * it, runs the benchmarks (the scale benchmark by default, the named ones, or all) against it, prints their
 * tables and writes bench/results/latest.json. `--items` is how many disclosure items the scale benchmark
 * generates (10,000 by default). The cluster is stopped at the end, also on failure; a failure exits non-zero.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import type { Benchmark } from './types'

import { bulletinBenchmark } from './bulletin'
import { startBenchDatabase } from './lib/benchDatabase'
import { numberingBenchmark } from './numbering'
import { portalBenchmark } from './portal'
import { scaleBenchmark } from './scale'

/** Every benchmark, in the order they run. */
const benchmarks: Benchmark[] = [scaleBenchmark, numberingBenchmark, portalBenchmark, bulletinBenchmark]
/** What `npm run bench` runs with no name: the benchmark of the issue-11 targets. */
const DEFAULT_BENCHMARKS = ['scale']

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const resultsFile = path.join(rootDir, 'bench', 'results', 'latest.json')

const log = (message: string) => console.log(`[bench] ${message}`)

const machine = (postgresVersion: string) => ({
  cpus: os.availableParallelism(),
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  postgres: postgresVersion,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
})

/** The code measured: the commit, and the tracked files that differed from it. */
const revision = () => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: rootDir, encoding: 'utf8' })
  const changed = git('status', '--porcelain', '--untracked-files=no')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3))
  return { commit: git('rev-parse', '--short', 'HEAD').trim(), uncommittedFiles: changed }
}

const selected = (names: string[]): Benchmark[] => {
  const unknown = names.filter((name) => name !== 'all' && !benchmarks.some((benchmark) => benchmark.name === name))
  if (unknown.length > 0) {
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}: choose from ${benchmarks.map((benchmark) => benchmark.name).join(', ')}`,
    )
  }
  if (names.includes('all')) return benchmarks
  return benchmarks.filter((benchmark) => (names.length === 0 ? DEFAULT_BENCHMARKS : names).includes(benchmark.name))
}

const parseArguments = (args: string[]) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { items: { type: 'string', default: '10000' } },
  })
  const items = Number(values.items)
  if (!Number.isSafeInteger(items) || items < 100) throw new Error('--items must be a whole number of at least 100')
  return { names: positionals, items }
}

const main = async () => {
  const { names, items } = parseArguments(process.argv.slice(2))
  const toRun = selected(names)
  const startedAt = new Date().toISOString()
  const measured = revision()
  const payloadSecret = crypto.randomBytes(24).toString('hex')
  log('starting embedded PostgreSQL and migrating')
  const database = await startBenchDatabase({ rootDir, payloadSecret })
  const results: Record<string, unknown> = {}
  try {
    for (const benchmark of toRun) {
      log(benchmark.title)
      const report = await benchmark.run({ rootDir, databaseUrl: database.url, payloadSecret, items, log })
      console.log(`\n${report.summary}\n`)
      results[benchmark.name] = report.results
    }
  } finally {
    await database.stop()
  }
  await fs.mkdir(path.dirname(resultsFile), { recursive: true })
  await fs.writeFile(
    resultsFile,
    `${JSON.stringify({ startedAt, revision: measured, machine: machine(database.postgresVersion), benchmarks: results }, null, 2)}\n`,
  )
  log(`results in ${path.relative(rootDir, resultsFile)}`)
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('[bench]', err)
    process.exit(1)
  },
)
