import { describe, expect, it } from 'vitest'

import { freshUntil } from './staleColumns'

describe('freshUntil', () => {
  it('should keep a news column fresh for 14 days after its last item', () => {
    expect(freshUntil('2026-12-20', { days: 14 })).toBe('2027-01-03')
  })

  it('should keep a notices column fresh for 6 calendar months, to the month’s last day when it is shorter', () => {
    expect(freshUntil('2026-03-15', { months: 6 })).toBe('2026-09-15')
    expect(freshUntil('2026-08-31', { months: 6 })).toBe('2027-02-28')
  })
})
