import { describe, expect, it } from 'vitest'

import type { PolicyFacts } from './table2'

import { countDocuments } from './table2'

const on = (day: string) => `${day}T12:00:00.000Z`

const policy = (facts: Partial<PolicyFacts> & Pick<PolicyFacts, 'madeOn'>): PolicyFacts => ({
  kind: 'normativeDocuments',
  isRepealed: false,
  hasEnded: false,
  endedOn: null,
  ...facts,
})

describe('table 二, documents', () => {
  it('should count made, repealed in the year and in force at its end', () => {
    const counts = countDocuments({
      year: 2025,
      policies: [
        policy({ madeOn: on('2025-03-20') }),
        policy({ madeOn: on('2011-05-10'), isRepealed: true, hasEnded: true, endedOn: on('2025-04-01') }),
        policy({ madeOn: on('2012-01-01') }),
        policy({ kind: 'rules', madeOn: on('2009-09-15') }),
      ],
    })
    expect(counts).toEqual({
      rules: { made: 0, repealed: 0, inForce: 1 },
      normativeDocuments: { made: 1, repealed: 1, inForce: 2 },
    })
  })

  it('should keep a document repealed after the year in force at its end, and not count it as repealed', () => {
    const counts = countDocuments({
      year: 2025,
      policies: [policy({ madeOn: on('2020-01-01'), isRepealed: true, hasEnded: true, endedOn: on('2026-02-01') })],
    })
    expect(counts.normativeDocuments).toEqual({ made: 0, repealed: 0, inForce: 1 })
  })

  it('should count an amended document as no longer in force but not as repealed', () => {
    const counts = countDocuments({
      year: 2025,
      policies: [policy({ madeOn: on('2020-01-01'), hasEnded: true, endedOn: on('2025-06-01') })],
    })
    expect(counts.normativeDocuments).toEqual({ made: 0, repealed: 0, inForce: 0 })
  })

  it('should count a document entered already repealed, with no date, in no year and not in force', () => {
    const counts = countDocuments({
      year: 2025,
      policies: [policy({ madeOn: on('2011-05-16'), isRepealed: true, hasEnded: true, endedOn: null })],
    })
    expect(counts.normativeDocuments).toEqual({ made: 0, repealed: 0, inForce: 0 })
  })
})
