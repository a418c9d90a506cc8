import os from 'node:os'

import type { Benchmark } from '../types'
import type { ExportRunResult, PrepareResult } from './result'

import { lastJsonLine, runChild } from '../lib/runChild'
import { median } from '../lib/stats'
import { formatTable } from '../lib/table'

const settings = { entries: 100, runs: 3 }

/** The issue's aim: a 100-entry (about 150-page) issue exports in under 10 seconds on 2 cores. */
const AIM_SECONDS = 10

/** Export time and peak memory of a 100-entry bulletin issue, PDF and DOCX (issue 6). */
export const bulletinBenchmark: Benchmark = {
  name: 'bulletin',
  title: `bulletin: export time and peak memory, ${settings.entries}-entry issue`,
  run: async ({ databaseUrl, payloadSecret, log, rootDir }) => {
    const env = { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: payloadSecret, LOG_LEVEL: 'warn' }
    log(`bulletin: publishing ${settings.entries} items and one issue`)
    const prepared = lastJsonLine<PrepareResult>(
      await runChild({
        rootDir,
        script: 'bench/bulletin/prepare.ts',
        args: ['--entries', String(settings.entries)],
        env,
      }),
    )
    const runs: ExportRunResult[] = []
    for (const format of ['pdf', 'docx'] as const) {
      log(`bulletin: ${format}, ${settings.runs} exports`)
      const stdout = await runChild({
        rootDir,
        script: 'bench/bulletin/export.ts',
        args: ['--issue', String(prepared.issueId), '--format', format, '--runs', String(settings.runs)],
        env,
      })
      runs.push(lastJsonLine<ExportRunResult>(stdout))
    }
    const table = formatTable(
      [
        'format',
        'entries',
        'pages',
        'size KB',
        'first export s',
        `median of ${settings.runs} s`,
        'RSS after boot MB',
        'peak RSS MB',
      ],
      runs.map((run) => [
        run.format,
        String(run.entries),
        run.pages === null ? '' : String(run.pages),
        String(Math.round(run.bytes / 1024)),
        (run.ms[0]! / 1000).toFixed(2),
        (median(run.ms) / 1000).toFixed(2),
        String(run.rssAfterBootMb),
        String(run.peakRssMb),
      ]),
    )
    const pdf = runs.find((run) => run.format === 'pdf')!
    const worst = Math.max(...pdf.ms) / 1000
    const verdict = `PDF export: worst ${worst.toFixed(2)} s (${worst < AIM_SECONDS ? 'within' : 'OVER'} the aim of < ${AIM_SECONDS} s)`
    const loadNote = `load average (1 min) ${Math.max(...runs.map((run) => run.loadAverage)).toFixed(1)} on ${os.availableParallelism()} cores`
    return { summary: [table, verdict, loadNote].join('\n'), results: { settings, aimSeconds: AIM_SECONDS, runs } }
  },
}
