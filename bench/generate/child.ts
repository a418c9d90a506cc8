import { parseArgs } from 'node:util'
/**
 * Child of `npm run bench`: the demo data (institutions, categories, users, 400 items), then `--items`
 * generated disclosure items and `--signoff` more waiting in 领导签发 (bench/generate/generateItems.ts).
 * Prints the generator's result as the last JSON line.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { seedDemoData } from '../../seed'
import { closePayload } from '../../src/lib/database/closePayload'
import { generateItems } from './generateItems'

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '10000' },
    signoff: { type: 'string', default: '0' },
    'no-demo': { type: 'boolean' },
  },
})

const payload = await getPayload({ config })
try {
  if (!values['no-demo']) await seedDemoData({ payload, log: () => {}, onlyIfEmpty: false })
  const result = await generateItems({
    payload,
    items: Number(values.items),
    awaitingSignoff: Number(values.signoff),
    log: (message) => console.error(`[bench] ${message}`),
  })
  console.log(JSON.stringify(result))
} finally {
  await closePayload(payload)
}
process.exit(0)
