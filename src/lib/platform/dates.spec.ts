import { describe, expect, it } from 'vitest'

import { dayAfter, localDay, startOfLocalDay } from './dates'

describe('dates in the office time zone', () => {
  it('should read the day a moment falls on by the office clock, not by UTC', () => {
    // 2025-12-31 16:30 UTC is already 2026-01-01 00:30 in China.
    expect(localDay(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01')
    expect(localDay(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31')
    expect(localDay(new Date('2025-12-31T16:30:00Z'), 'UTC')).toBe('2025-12-31')
  })

  it('should begin a day at local midnight', () => {
    expect(startOfLocalDay('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z')
    expect(startOfLocalDay('2026-01-01', 'UTC').toISOString()).toBe('2026-01-01T00:00:00.000Z')
    // A zone with daylight saving, on a summer day: New York is UTC-4 then.
    expect(startOfLocalDay('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z')
    expect(localDay(startOfLocalDay('2026-03-15'))).toBe('2026-03-15')
  })

  it('should step to the next calendar day across month and year ends', () => {
    expect(dayAfter('2026-02-28')).toBe('2026-03-01')
    expect(dayAfter('2024-02-28')).toBe('2024-02-29')
    expect(dayAfter('2025-12-31')).toBe('2026-01-01')
  })
})
