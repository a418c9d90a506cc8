import { describe, expect, it } from 'vitest'

import type { PublicationCount } from './publicationCounts'

import { monthsBetween, onTimeShares, publishedByMonth } from './figures'

const count = (
  institution: number,
  month: string,
  { published, withDeadline = published, late = 0 }: { published: number; withDeadline?: number; late?: number },
): PublicationCount => ({ institution, month, published, withDeadline, onTime: withDeadline - late, late })

describe('the dashboard figures', () => {
  it('should list the months of a period across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })

  it('should count publications per month and institution', () => {
    const counts = publishedByMonth(
      [count(1, '2026-01', { published: 2, late: 1 }), count(2, '2026-02', { published: 1 })],
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
      onTimeShares([
        count(1, '2026-01', { published: 3, withDeadline: 2, late: 1 }),
        count(2, '2026-01', { published: 1, withDeadline: 0 }),
      ]),
    ).toEqual([{ institution: 1, published: 2, onTime: 1, share: 0.5 }])
  })
})
