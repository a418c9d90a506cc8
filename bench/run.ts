/**
 * `npm run bench [-- <name> ...]`: starts one embedded PostgreSQL, migrates a database on it, runs the
 * benchmarks (all, or the named ones) against it, prints their tables and writes bench/results/latest.json.
 * The cluster is stopped at the end, also on failure; a failure exits non-zero.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Benchmark } from './types'

import { bulletinBenchmark } from './bulletin'
import { startBenchDatabase } from './lib/benchDatabase'
import { numberingBenchmark } from './numbering'
import { portalBenchmark } from './portal'

/** Every benchmark, in the order they run. */
const benchmarks: Benchmark[] = [numberingBenchmark, portalBenchmark, bulletinBenchmark]

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
  const unknown = names.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name))
  if (unknown.length > 0) {
    throw new Error(`unknown benchmark ${unknown.join(', ')}: choose from ${benchmarks.map((benchmark) => benchmark.name).join(', ')}`)
  }
  return names.length === 0 ? benchmarks : benchmarks.filter((benchmark) => names.includes(benchmark.name))
}

const main = async () => {
  const toRun = selected(process.argv.slice(2))
  const startedAt = new Date().toISOString()
  const measured = revision()
  const payloadSecret = crypto.randomBytes(24).toString('hex')
  log('starting embedded PostgreSQL and migrating')
  const database = await startBenchDatabase({ rootDir, payloadSecret })
  const results: Record<string, unknown> = {}
  try {
    for (const benchmark of toRun) {
      log(benchmark.title)
      const report = await benchmark.run({ rootDir, databaseUrl: database.url, payloadSecret, log })
      console.log(`\n${report.summary}\n`)
      results[benchmark.name] = report.results
    }
  } finally {
    await database.stop()
  }
  await fs.mkdir(path.dirname(resultsFile), { recursive: true })
  await fs.writeFile(resultsFile, `${JSON.stringify({ startedAt, revision: measured, machine: machine(database.postgresVersion), benchmarks: results }, null, 2)}\n`)
  log(`results in ${path.relative(rootDir, resultsFile)}`)
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('[bench]', err)
    process.exit(1)
  },
)
