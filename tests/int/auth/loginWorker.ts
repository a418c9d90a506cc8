/**
 * A second app instance for two-processes.int.spec.ts: boots Payload on the test run's database (DATABASE_URL
 * and PAYLOAD_SECRET come from the parent), says READY, waits for GO on stdin so both instances sign in at the
 * same moment, then signs <email> in <perRound> times at once, <rounds> times, and prints the tokens as
 * `RESULT <json>` (Payload's logger shares stdout).
 *
 *   npx tsx tests/int/auth/loginWorker.ts <email> <password> <rounds> <perRound>
 */
import { getPayload } from 'payload'

import config from '../../../payload.config'
import { closePayload } from '../../../src/lib/database/closePayload'
import { waitForGo } from '../../helpers/childInstance'

const [email, password, rounds, perRound] = process.argv.slice(2)
if (!email || !password || !Number(rounds) || !Number(perRound))
  throw new Error('usage: loginWorker.ts <email> <password> <rounds> <perRound>')

console.log('BOOTING')
const payload = await getPayload({ config })
try {
  await waitForGo()
  const tokens: string[] = []
  for (let round = 0; round < Number(rounds); round++) {
    const results = await Promise.all(
      Array.from({ length: Number(perRound) }, () => payload.login({ collection: 'users', data: { email, password } })),
    )
    tokens.push(...results.map((result) => result.token!))
  }
  console.log(`RESULT ${JSON.stringify(tokens)}`)
} finally {
  await closePayload(payload)
  console.log('CLOSED')
}
