import type { Payload } from 'payload'

import { spawn } from 'node:child_process'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { createUser, TEST_PASSWORD } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'

const rootDir = path.resolve(import.meta.dirname, '../../..')
const ROUNDS = 3
const AT_ONCE = 4

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

type Worker = { ready: Promise<void>; tokens: Promise<string[]>; go: () => void; stop: () => void }

/** Another app process (its own Payload, its own pool) on the same database, signing one account in. */
const startWorker = (email: string): Worker => {
  const child = spawn(
    'npx',
    ['tsx', 'tests/int/auth/loginWorker.ts', email, TEST_PASSWORD, String(ROUNDS), String(AT_ONCE)],
    { cwd: rootDir, env: process.env },
  )
  let stdout = ''
  let stderr = ''
  let markReady = () => {}
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    if (/^READY$/m.test(stdout)) markReady()
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const tokens = new Promise<string[]>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      const result = /^RESULT (.*)$/m.exec(stdout)
      if (code === 0 && result) resolve(JSON.parse(result[1]!) as string[])
      else reject(new Error(`login worker exited with ${code}:\n${stdout}\n${stderr}`))
    })
  })
  tokens.catch(() => {})
  return {
    ready: Promise.race([ready, tokens.then(() => {})]),
    tokens,
    go: () => child.stdin.end('GO\n'),
    stop: () => child.stdin.end(),
  }
}

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
      const worker = startWorker(account.email)
      let tokens: string[]
      try {
        await worker.ready
        worker.go()
        const here: string[] = []
        for (let round = 0; round < ROUNDS; round++)
          here.push(...(await Promise.all(Array.from({ length: AT_ONCE }, () => login(account.email)))))
        tokens = [...here, ...(await worker.tokens)]
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
