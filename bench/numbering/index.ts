import os from 'node:os'

import type { Benchmark } from '../types'
import type { Mode, PhaseResult, PublishRunResult, Variant } from './result'

import { lastJsonLine, runChild } from '../lib/runChild'
import { median, percentChange } from '../lib/stats'
import { formatTable } from '../lib/table'

/**
 * Publishes per phase and processes per variant. Wall time varies ±15% from run to run on a shared 2-core
 * machine; `BENCH_ROUNDS` and `BENCH_PUBLISHES` buy steadier medians with time.
 */
const settings = {
  publishes: Number(process.env.BENCH_PUBLISHES) || 200,
  warmup: 30,
  concurrency: 10,
  rounds: Number(process.env.BENCH_ROUNDS) || 3,
}

/** The aim: numbering makes a publish less than 10% slower. */
const AIM_PERCENT = 10

const variants: Variant[] = ['baseline', 'plugin', 'notGapless']

/**
 * The variants in rotating order (B P N, P N B, N B P …): drift over the run (tables growing, caches
 * warming) falls on every variant alike.
 */
const schedule = (rounds: number): Variant[] =>
  Array.from({ length: rounds }, (_, round) => variants.map((_, i) => variants[(round + i) % variants.length]!)).flat()

const variantLabel: Record<Variant, string> = {
  baseline: 'baseline',
  plugin: 'plugin',
  notGapless: 'plugin, gapless: false',
}

type Summary = {
  variant: Variant
  mode: Mode
  concurrency: number
  publishesPerSecond: number
  msPerPublish: number
  cpuMsPerPublish: number
  queriesPerPublish: number
  peakRssMb: number
}

const summarise = (runs: PublishRunResult[], variant: Variant, mode: Mode): Summary => {
  const phases = runs
    .filter((run) => run.variant === variant)
    .map((run) => run.phases.find((phase) => phase.mode === mode)!)
  const of = (pick: (phase: PhaseResult) => number) => median(phases.map(pick))
  const msPerPublish = of((phase) => phase.msPerPublish)
  return {
    variant,
    mode,
    concurrency: phases[0]!.concurrency,
    publishesPerSecond: 1000 / msPerPublish,
    msPerPublish,
    cpuMsPerPublish: of((phase) => phase.cpuMsPerPublish),
    queriesPerPublish: of((phase) => phase.queriesPerPublish),
    peakRssMb: of((phase) => phase.peakRssMb),
  }
}

const modeLabel = ({ mode, concurrency }: Summary) =>
  mode === 'sequential'
    ? 'sequential'
    : mode === 'concurrent'
      ? `${concurrency} concurrent, 1 counter`
      : `${concurrency} concurrent, ${concurrency} counters`

/** Publish throughput with catalogue numbering against the same publishes without it (issue 3). */
export const numberingBenchmark: Benchmark = {
  name: 'numbering',
  title: 'catalogue numbering: publish throughput, plugin against baseline',
  run: async ({ databaseUrl, payloadSecret, log, rootDir }) => {
    const runs: PublishRunResult[] = []
    const order = schedule(settings.rounds)
    for (const [index, variant] of order.entries()) {
      log(`numbering ${index + 1}/${order.length}: ${variant}`)
      const stdout = await runChild({
        rootDir,
        script: 'bench/numbering/publish.ts',
        args: [
          '--publishes',
          String(settings.publishes),
          '--warmup',
          String(settings.warmup),
          '--concurrency',
          String(settings.concurrency),
        ],
        env: {
          DATABASE_URL: databaseUrl,
          PAYLOAD_SECRET: payloadSecret,
          LOG_LEVEL: 'warn',
          CATALOGUE_NUMBERING_DISABLED: variant === 'baseline' ? 'true' : 'false',
          CATALOGUE_NUMBERING_GAPLESS: variant === 'notGapless' ? 'false' : 'true',
        },
      })
      runs.push(lastJsonLine<PublishRunResult>(stdout))
    }

    const modes: Mode[] = ['sequential', 'concurrent', 'concurrentSpread']
    const summaries = modes.flatMap((mode) => variants.map((variant) => summarise(runs, variant, mode)))
    const costs = modes.flatMap((mode) => {
      const [baseline, ...numbered] = summaries.filter((summary) => summary.mode === mode) as [Summary, ...Summary[]]
      return numbered.map((plugin) => ({
        mode,
        variant: plugin.variant,
        label: `${variantLabel[plugin.variant]}, ${modeLabel(plugin)}`,
        percent: percentChange(plugin.msPerPublish, baseline.msPerPublish),
        cpuPercent: percentChange(plugin.cpuMsPerPublish, baseline.cpuMsPerPublish),
        queriesAdded: plugin.queriesPerPublish - baseline.queriesPerPublish,
      }))
    })

    const table = formatTable(
      ['variant', 'publishes/s', 'ms per publish', 'CPU ms per publish', 'statements per publish', 'peak RSS MB'],
      summaries.map((summary) => [
        `${variantLabel[summary.variant]} (${modeLabel(summary)})`,
        summary.publishesPerSecond.toFixed(1),
        summary.msPerPublish.toFixed(2),
        summary.cpuMsPerPublish.toFixed(2),
        summary.queriesPerPublish.toFixed(1),
        summary.peakRssMb.toFixed(0),
      ]),
    )
    const signed = (percent: number) => `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`
    const verdicts = costs.map(
      (cost) =>
        `cost (${cost.label}): ${signed(cost.percent)} wall time per publish ` +
        `(${cost.percent < AIM_PERCENT ? 'within' : 'OVER'} the aim of < ${AIM_PERCENT}%), ` +
        `${signed(cost.cpuPercent)} CPU, +${cost.queriesAdded.toFixed(1)} statements`,
    )
    // The benchmark itself keeps both cores busy in its concurrent phases; well above that, other work competed.
    const loads = runs.flatMap((run) => run.phases.map((phase) => phase.loadAverage))
    const cpus = os.availableParallelism()
    const loadNote =
      `load average (1 min) ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${cpus} cores` +
      (Math.max(...loads) > 2 * cpus ? ': other work competed, the numbers are noisy' : '')
    const summary = [
      `${settings.publishes} publishes per phase, median of ${settings.rounds} runs per variant`,
      table,
      ...verdicts,
      loadNote,
    ].join('\n')
    return { summary, results: { settings, aimPercent: AIM_PERCENT, summaries, costs, runs } }
  },
}
