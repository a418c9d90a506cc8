import { describe, expect, it } from 'vitest'

import type { Publication } from './publications'

import { monthsBetween, onTimeShares, publishedByMonth } from './figures'

const row = (
  institution: number,
  publishedOn: string,
  isLate: boolean,
  dueOn: string | null = '2026-01-01',
): Publication => ({
  collection: 'disclosure-items',
  id: publishedOn,
  title: publishedOn,
  institution,
  dateMade: null,
  publishedOn,
  dueOn,
  workingDaysToPublish: null,
  isLate,
})

describe('the dashboard figures', () => {
  it('should list the months of a period across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })

  it('should count publications per month and institution', () => {
    const counts = publishedByMonth(
      [row(1, '2026-01-05', false), row(1, '2026-01-20', true), row(2, '2026-02-01', false)],
      '2026-01-01',
      '2026-02-28',
    )
    expect(counts.months).toEqual(['2026-01', '2026-02'])
    expect(counts.series).toEqual([
      { institution: 1, counts: [2, 0] },
      { institution: 2, counts: [0, 1] },
    ])
  })

  it('should share only publications that had a deadline', () => {
    expect(
      onTimeShares([row(1, '2026-01-05', false), row(1, '2026-01-06', true), row(1, '2026-01-07', false, null)]),
    ).toEqual([{ institution: 1, published: 2, onTime: 1, share: 0.5 }])
  })
})
