/**
 * Times exports of one frozen issue in a fresh process (so the RSS high-water mark is the export's,
 * on top of a booted Payload): `--runs` exports in `--format`, one after another. Prints one JSON line.
 *
 *   DATABASE_URL=… PAYLOAD_SECRET=… tsx bench/bulletin/export.ts --issue 1 --format pdf --runs 3
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { createLocalReq, getPayload } from 'payload'

import type { IssueDoc } from '../../plugins/bulletin/issueContent'
import type { ExportFormat } from '../../plugins/bulletin/render/exportIssue'
import type { ExportRunResult } from './result'

import config from '../../payload.config'
import { resolveOptions } from '../../plugins/bulletin/defaults'
import { printableIssue } from '../../plugins/bulletin/issueContent'
import { exportIssue } from '../../plugins/bulletin/render/exportIssue'
import { closePayload } from '../../src/lib/database/closePayload'

const { values: args } = parseArgs({
  options: {
    issue: { type: 'string' },
    format: { type: 'string', default: 'pdf' },
    runs: { type: 'string', default: '3' },
  },
})
const format = args.format as ExportFormat
const mb = (bytes: number) => Math.round(bytes / 2 ** 20)

const payload = await getPayload({ config })
try {
  const rssAfterBootMb = mb(process.memoryUsage().rss)
  const req = await createLocalReq({}, payload)
  const { publisher } = resolveOptions({})
  const ms: number[] = []
  let bytes = 0
  let pages: number | null = null
  let entries = 0
  for (let run = 0; run < Number(args.runs); run += 1) {
    const started = performance.now()
    // What an export does end to end: read the frozen issue, render, return the file.
    const doc = (await payload.findByID({
      collection: 'bulletin-issues',
      id: Number(args.issue),
      depth: 0,
      overrideAccess: true,
    })) as unknown as IssueDoc
    const issue = await printableIssue({ req, doc, publisher })
    const file = await exportIssue({ req, issue, format })
    ms.push(performance.now() - started)
    bytes = file.data.length
    entries = issue.sections.reduce((sum, section) => sum + section.entries.length, 0)
    if (format === 'pdf')
      pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(file.data.toString('latin1'))?.[1] ?? NaN)
  }
  const result: ExportRunResult = {
    format,
    entries,
    pages,
    bytes,
    ms,
    rssAfterBootMb,
    // maxRSS is in kilobytes.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    loadAverage: os.loadavg()[0]!,
  }
  console.log(JSON.stringify(result))
} finally {
  await closePayload(payload)
}
