import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { ChildInstance } from '../../helpers/childInstance'

import { startReadyChildInstance } from '../../helpers/childInstance'
import { createInstitution, ensureCategory } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { currentYear, oneTo, serialOf } from './items'

const PER_PROCESS = 100

let payload: Payload
let theme: number

beforeAll(async () => {
  payload = await getTestPayload()
  theme = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
})

/** A separate app process (its own Payload, its own connection pool) on the same database, ready to publish. */
const startReadyPublisher = (institution: number) =>
  startReadyChildInstance<string[]>('tests/int/catalogue-numbering/publisher.ts', [
    String(institution),
    String(theme),
    String(PER_PROCESS),
  ])

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
      const publishers = started.map((result) => (result as PromiseFulfilledResult<ChildInstance<string[]>>).value)
      let results: string[][]
      try {
        for (const publisher of publishers) publisher.go()
        results = await Promise.all(publishers.map((publisher) => publisher.result))
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
