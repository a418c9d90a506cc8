import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import type { Payload } from 'payload'

import { spawn } from 'node:child_process'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { createInstitution, ensureCategory } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { currentYear, oneTo, serialOf } from './items'

const rootDir = path.resolve(import.meta.dirname, '../../..')
const PER_PROCESS = 100

let payload: Payload
let theme: number

beforeAll(async () => {
  payload = await getTestPayload()
  theme = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
})

type Publisher = { ready: Promise<void>; numbers: Promise<string[]>; go: () => void; stop: () => void }

/** A separate app process (its own Payload, its own connection pool) on the same database. */
const startPublisher = (institution: number): Publisher => {
  const child: ChildProcessWithoutNullStreams = spawn(
    'npx',
    ['tsx', 'tests/int/catalogue-numbering/publisher.ts', String(institution), String(theme), String(PER_PROCESS)],
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
  const numbers = new Promise<string[]>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      const result = /^RESULT (.*)$/m.exec(stdout)
      if (code === 0 && result) resolve(JSON.parse(result[1]!) as string[])
      else reject(new Error(`publisher exited with ${code}:\n${stdout}\n${stderr}`))
    })
  })
  // Awaited below; this only keeps a publisher that fails after the test gave up from being unhandled.
  numbers.catch(() => {})
  // A publisher that dies before READY must fail the test, not leave it waiting.
  return {
    ready: Promise.race([ready, numbers.then(() => {})]),
    numbers,
    go: () => child.stdin.end('GO\n'),
    // Closing stdin without GO makes a waiting publisher exit; one still publishing finishes on its own.
    stop: () => child.stdin.end(),
  }
}

/**
 * Starts a publisher and waits for READY. A child that dies while booting (before it has touched a
 * single number) is started again: once in several CI runs a loaded machine made `tsx` end a child
 * with exit 13 (top-level await never settled) before it printed anything. Booting is not what this
 * test is about; everything after READY counts and is never retried.
 */
const startReadyPublisher = async (institution: number, attemptsLeft = 5): Promise<Publisher> => {
  const publisher = startPublisher(institution)
  try {
    await publisher.ready
    return publisher
  } catch (error) {
    publisher.stop()
    if (attemptsLeft <= 1) throw error
    console.warn(`publisher died while booting; starting it again: ${String(error).slice(0, 500)}`)
    return startReadyPublisher(institution, attemptsLeft - 1)
  }
}

describe('index numbers across app instances', () => {
  it(
    'should give 2 × 100 simultaneous publishes from two processes 200 distinct, gapless numbers',
    { timeout: 300_000 },
    async () => {
      const institution = await createInstitution(payload)
      const started = await Promise.allSettled([
        startReadyPublisher(institution.id),
        startReadyPublisher(institution.id),
      ])
      const failed = started.find((result) => result.status === 'rejected')
      if (failed) {
        for (const result of started) if (result.status === 'fulfilled') result.value.stop()
        throw failed.reason
      }
      const publishers = started.map((result) => (result as PromiseFulfilledResult<Publisher>).value)
      let results: string[][]
      try {
        for (const publisher of publishers) publisher.go()
        results = await Promise.all(publishers.map((publisher) => publisher.numbers))
      } finally {
        for (const publisher of publishers) publisher.stop()
      }
      const [first, second] = results

      expect(first).toHaveLength(PER_PROCESS)
      expect(second).toHaveLength(PER_PROCESS)
      const numbers = [...first!, ...second!]
      expect(new Set(numbers).size).toBe(2 * PER_PROCESS)
      for (const number of numbers)
        expect(number).toMatch(new RegExp(`^${institution.creditCode}/${currentYear()}-\\d{5}$`))
      expect(numbers.map(serialOf).sort((a, b) => a - b)).toEqual(oneTo(2 * PER_PROCESS))
      // What each process was told is what the database holds.
      const { docs } = await payload.find({
        collection: 'disclosure-items',
        where: { institution: { equals: institution.id } },
        limit: 0,
        depth: 0,
        select: { indexNumber: true },
      })
      expect(docs.map((doc) => doc.indexNumber).sort()).toEqual([...numbers].sort())
    },
  )
})
