import { describe, expect, it } from 'vitest'

import { reportQueryOf } from './period'

const now = new Date('2026-03-10T20:00:00Z')
const timeZone = 'Asia/Shanghai'

describe('reportQueryOf', () => {
  it('should default to the office’s year up to its today, every institution', () => {
    // 20:00 UTC is already 11 March in Beijing.
    expect(reportQueryOf({}, { now, timeZone })).toEqual({ from: '2026-01-01', to: '2026-03-11', institution: null })
  })

  it('should take a period and an institution', () => {
    expect(reportQueryOf({ from: '2025-07-01', to: '2025-12-31', institution: '7' }, { now, timeZone })).toEqual({
      from: '2025-07-01',
      to: '2025-12-31',
      institution: 7,
    })
  })

  it('should refuse a malformed date, a reversed period and a bad institution, naming the parameter', () => {
    expect(() => reportQueryOf({ from: '2025-02-30' }, { now, timeZone })).toThrow(/from/)
    expect(() => reportQueryOf({ to: '2025-13-01' }, { now, timeZone })).toThrow(/to/)
    expect(() => reportQueryOf({ from: '2026-02-01', to: '2026-01-01' }, { now, timeZone })).toThrow(/from/)
    expect(() => reportQueryOf({ institution: 'x' }, { now, timeZone })).toThrow(/institution/)
  })
})
