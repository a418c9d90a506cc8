import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { startReadyChildInstance } from '../../helpers/childInstance'
import { createUser, TEST_PASSWORD } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'

const ROUNDS = 3
const AT_ONCE = 4

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** Another app process (its own Payload, its own pool) on the same database, signing one account in. */
const startWorker = (email: string) =>
  startReadyChildInstance<string[]>('tests/int/auth/loginWorker.ts', [
    email,
    TEST_PASSWORD,
    String(ROUNDS),
    String(AT_ONCE),
  ])

const login = async (email: string): Promise<string> => {
  const response = await rest('POST', '/users/login', { body: { email, password: TEST_PASSWORD } })
  expect(response.status, response.text).toBe(200)
  return response.json.token as string
}

describe('sessions across app instances', () => {
  it(
    'should accept every token when two processes sign one account in at the same time',
    { timeout: 300_000 },
    async () => {
      const account = await createUser(payload, { roles: ['disclosure-office'] })
      const worker = await startWorker(account.email)
      let tokens: string[]
      try {
        worker.go()
        const here: string[] = []
        for (let round = 0; round < ROUNDS; round++)
          here.push(...(await Promise.all(Array.from({ length: AT_ONCE }, () => login(account.email)))))
        tokens = [...here, ...(await worker.result)]
      } finally {
        worker.stop()
      }
      expect(tokens).toHaveLength(2 * ROUNDS * AT_ONCE)
      const accepted = await Promise.all(
        tokens.map(async (token) => (await rest('GET', '/users/me', { token })).json?.user != null),
      )
      expect(accepted.filter((isAccepted) => !isAccepted)).toHaveLength(0)
    },
  )
})
