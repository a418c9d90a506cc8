/**
 * Child of the scale benchmark: the demo data, two bench accounts (a signer of every institution, who
 * gives the final approvals, and an admin, the signed-in reader), then `--items` generated disclosure
 * items and `--signoff` more waiting in 领导签发, then the content-security rescan the seed's word list queued,
 * timed: it scans every published item, and left to the server it would run through the measurements (as it
 * did in the first 1M runs: every target's p95 was its ~70 ms batches). Prints what the benchmark needs as the
 * last JSON line.
 */
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import config from '../../payload.config'
import { RESCAN_QUEUE, SCANS_SLUG } from '../../plugins/content-security/defaults'
import { seedDemoData } from '../../seed'
import { closePayload } from '../../src/lib/database/closePayload'
import { generateItems } from '../generate/generateItems'

const { values } = parseArgs({
  options: { items: { type: 'string' }, signoff: { type: 'string' }, password: { type: 'string' } },
})
const password = values.password!

const payload = await getPayload({ config })
try {
  await seedDemoData({ payload, log: () => {}, onlyIfEmpty: false })
  const institutions = (
    await payload.find({ collection: 'institutions', limit: 0, pagination: false, depth: 0 })
  ).docs.map((doc) => doc.id)
  const accounts = { signer: 'bench-signer@gongkai.local', reader: 'bench-admin@gongkai.local' }
  await payload.create({
    collection: 'users',
    data: { email: accounts.signer, password, name: '基准签发人', roles: ['signer'], institutions },
    depth: 0,
  })
  await payload.create({
    collection: 'users',
    data: { email: accounts.reader, password, name: '基准管理员', roles: ['admin'], institutions },
    depth: 0,
  })
  const generated = await generateItems({
    payload,
    items: Number(values.items),
    awaitingSignoff: Number(values.signoff),
    log: (message) => console.error(`[bench] ${message}`),
  })
  const rescanStarted = performance.now()
  await payload.jobs.run({ queue: RESCAN_QUEUE, limit: 10 })
  const { docs: scans } = await payload.find({
    collection: SCANS_SLUG,
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const rescan = { seconds: (performance.now() - rescanStarted) / 1000, documents: scans[0]?.documentsScanned ?? 0 }
  console.log(JSON.stringify({ accounts, generated, rescan }))
} finally {
  await closePayload(payload)
}
process.exit(0)
