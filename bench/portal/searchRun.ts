import { parseArgs } from 'node:util'
/** Child of the portal benchmark: search latency on a large generated catalogue (bench/portal/search.ts). */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { closePayload } from '../../src/lib/database/closePayload'
import { benchSearch } from './search'

const { values } = parseArgs({ options: { documents: { type: 'string', default: '20000' } } })

const payload = await getPayload({ config })
try {
  console.log(JSON.stringify(await benchSearch({ payload, documents: Number(values.documents) })))
} finally {
  await closePayload(payload)
}
process.exit(0)
