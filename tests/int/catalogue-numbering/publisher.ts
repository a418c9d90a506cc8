/**
 * A second (and third) app instance for two-processes.int.spec.ts: boots Payload on the test run's
 * database (DATABASE_URL and PAYLOAD_SECRET come from the parent), says READY, waits for GO on stdin
 * so both instances publish at the same moment, publishes <count> items of <institutionId> at once and
 * prints their numbers as `RESULT <json>` (Payload's logger shares stdout).
 *
 *   npx tsx tests/int/catalogue-numbering/publisher.ts <institutionId> <themeId> <count>
 */
import { getPayload } from 'payload'

import config from '../../../payload.config'
import { closePayload } from '../../../src/lib/database/closePayload'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { waitForGo } from '../../helpers/childInstance'
import { publishableItem } from './items'

const [institution, theme, count] = process.argv.slice(2).map(Number)
if (!institution || !theme || !count) throw new Error('usage: publisher.ts <institutionId> <themeId> <count>')

// Progress lines, so a failure report shows how far the instance got.
console.log('BOOTING')
const payload = await getPayload({ config })
try {
  await waitForGo()
  console.log('PUBLISHING')
  const items = await Promise.all(
    Array.from({ length: count }, () =>
      payload.create({
        collection: 'disclosure-items',
        data: publishableItem({ institution, theme }),
        depth: 0,
        context: systemPublishContext(),
      }),
    ),
  )
  console.log(`RESULT ${JSON.stringify(items.map((item) => item.indexNumber))}`)
} finally {
  await closePayload(payload)
  console.log('CLOSED')
}
