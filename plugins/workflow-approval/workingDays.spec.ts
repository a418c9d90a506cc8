import { describe, expect, it } from 'vitest'

import type { WorkCalendar } from './workingDays'

import {
  addWorkingDays,
  countWorkingDays,
  disclosureDueDate,
  isPastDue,
  isWorkingDay,
  toLocalDate,
  toLocalDateTime,
} from './workingDays'

// The State Council's published arrangements (国务院办公厅关于2025年部分节假日安排的通知).
const calendar2025: WorkCalendar = {
  holidays: [
    '2025-01-01',
    ...['01-28', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map((day) => `2025-${day}`),
    ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07', '10-08'].map((day) => `2025-${day}`),
  ],
  // Sunday 26 Jan and Saturday 8 Feb (Spring Festival); Sunday 28 Sep and Saturday 11 Oct (National Day).
  adjustedWorkdays: ['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11'],
}

describe('isWorkingDay', () => {
  it('should count Monday to Friday and not the weekend without a calendar', () => {
    expect(isWorkingDay({ day: '2025-03-07' })).toBe(true)
    expect(isWorkingDay({ day: '2025-03-08' })).toBe(false)
    expect(isWorkingDay({ day: '2025-03-09' })).toBe(false)
  })

  it('should treat a holiday on a weekday as a day off and an adjusted weekend day as a working day', () => {
    expect(isWorkingDay({ day: '2025-10-01', calendar: calendar2025 })).toBe(false)
    expect(isWorkingDay({ day: '2025-10-11', calendar: calendar2025 })).toBe(true)
    expect(isWorkingDay({ day: '2025-09-28', calendar: calendar2025 })).toBe(true)
  })

  it('should read an instant as the date it is in Asia/Shanghai unless told another time zone', () => {
    // 00:30 on 1 October in Beijing, still 30 September (a Tuesday) in UTC.
    const instant = new Date('2025-09-30T16:30:00Z')
    expect(isWorkingDay({ day: instant, calendar: calendar2025 })).toBe(false)
    expect(isWorkingDay({ day: instant, calendar: calendar2025, timeZone: 'UTC' })).toBe(true)
  })
})

describe('toLocalDateTime', () => {
  it('should give the Beijing wall clock with the year on the 24-hour clock', () => {
    expect(toLocalDateTime('2025-12-31T16:05:00.000Z')).toBe('2026-01-01 00:05')
    expect(toLocalDateTime('2025-03-07T06:30:00.000Z')).toBe('2025-03-07 14:30')
  })

  it('should leave something that is not a date as it came', () => {
    expect(toLocalDateTime('soon')).toBe('soon')
  })
})

describe('toLocalDate', () => {
  it('should give the Beijing date of an ISO timestamp and keep a bare date as it is', () => {
    expect(toLocalDate('2025-03-07T17:00:00.000Z')).toBe('2025-03-08')
    expect(toLocalDate('2025-03-07T15:59:59.000Z')).toBe('2025-03-07')
    expect(toLocalDate('2025-03-07')).toBe('2025-03-07')
  })

  it('should refuse something that is not a date', () => {
    expect(() => toLocalDate('not a date')).toThrow(RangeError)
  })
})

describe('addWorkingDays', () => {
  it('should skip weekends', () => {
    expect(addWorkingDays({ from: '2025-03-03', days: 5 })).toBe('2025-03-10')
    expect(addWorkingDays({ from: '2025-03-07', days: 1 })).toBe('2025-03-10')
  })

  it('should not count the start day, even when it falls on a weekend', () => {
    expect(addWorkingDays({ from: '2025-03-08', days: 1 })).toBe('2025-03-10')
    expect(addWorkingDays({ from: '2025-03-08', days: 0 })).toBe('2025-03-08')
  })

  it('should skip a holiday that spans a weekend and count the adjusted Saturday after it', () => {
    expect(addWorkingDays({ from: '2025-09-30', days: 1, calendar: calendar2025 })).toBe('2025-10-09')
    expect(addWorkingDays({ from: '2025-09-30', days: 2, calendar: calendar2025 })).toBe('2025-10-10')
    expect(addWorkingDays({ from: '2025-09-30', days: 3, calendar: calendar2025 })).toBe('2025-10-11')
    expect(addWorkingDays({ from: '2025-09-30', days: 4, calendar: calendar2025 })).toBe('2025-10-13')
    // The same days without the calendar: 1 October is an ordinary Wednesday.
    expect(addWorkingDays({ from: '2025-09-30', days: 1 })).toBe('2025-10-01')
  })

  it('should count an adjusted Sunday workday', () => {
    expect(addWorkingDays({ from: '2025-09-27', days: 1, calendar: calendar2025 })).toBe('2025-09-28')
  })

  it('should cross the year boundary over the New Year holiday', () => {
    expect(addWorkingDays({ from: '2024-12-30', days: 1, calendar: calendar2025 })).toBe('2024-12-31')
    expect(addWorkingDays({ from: '2024-12-30', days: 2, calendar: calendar2025 })).toBe('2025-01-02')
    expect(addWorkingDays({ from: '2024-12-30', days: 4, calendar: calendar2025 })).toBe('2025-01-06')
  })

  it('should start from the Beijing date of an instant', () => {
    // Friday 7 March 23:30 UTC is Saturday 8 March in Beijing.
    expect(addWorkingDays({ from: '2025-03-07T23:30:00Z', days: 0 })).toBe('2025-03-08')
    expect(addWorkingDays({ from: '2025-03-07T23:30:00Z', days: 0, timeZone: 'UTC' })).toBe('2025-03-07')
    // Sunday 28 September 20:00 UTC is Monday the 29th in Beijing: two working days on is after the holiday there.
    expect(addWorkingDays({ from: '2025-09-28T20:00:00Z', days: 2, calendar: calendar2025 })).toBe('2025-10-09')
    expect(addWorkingDays({ from: '2025-09-28T20:00:00Z', days: 2, calendar: calendar2025, timeZone: 'UTC' })).toBe(
      '2025-09-30',
    )
  })

  it('should refuse a negative or fractional number of days', () => {
    expect(() => addWorkingDays({ from: '2025-03-03', days: -1 })).toThrow(RangeError)
    expect(() => addWorkingDays({ from: '2025-03-03', days: 1.5 })).toThrow(RangeError)
  })
})

describe('countWorkingDays', () => {
  it('should count the working days after the start up to and including the end', () => {
    expect(countWorkingDays({ from: '2025-03-03', to: '2025-03-10' })).toBe(5)
    expect(countWorkingDays({ from: '2025-03-03', to: '2025-03-03' })).toBe(0)
    expect(countWorkingDays({ from: '2025-09-30', to: '2025-10-12', calendar: calendar2025 })).toBe(3)
  })

  it('should be negative when the end is before the start', () => {
    expect(countWorkingDays({ from: '2025-03-10', to: '2025-03-03' })).toBe(-5)
  })

  it('should undo addWorkingDays for every start day and length around the 2025 holidays', () => {
    for (const from of ['2024-12-27', '2025-01-24', '2025-01-26', '2025-02-08', '2025-09-26', '2025-10-04']) {
      for (let days = 0; days <= 45; days += 1) {
        const to = addWorkingDays({ from, days, calendar: calendar2025 })
        expect(countWorkingDays({ from, to, calendar: calendar2025 }), `${from} + ${days}`).toBe(days)
        expect(isWorkingDay({ day: to, calendar: calendar2025 }) || days === 0, `${to} is a working day`).toBe(true)
      }
    }
  })
})

describe('disclosureDueDate', () => {
  it('should allow 20 working days (Art. 26), four calendar weeks without holidays', () => {
    expect(disclosureDueDate({ dateMade: '2025-09-26' })).toBe('2025-10-24')
  })

  it('should move past the National Day week and count both adjusted workdays', () => {
    expect(disclosureDueDate({ dateMade: '2025-09-26', calendar: calendar2025 })).toBe('2025-10-30')
  })

  it('should move past the Spring Festival', () => {
    expect(disclosureDueDate({ dateMade: '2025-01-20', calendar: calendar2025 })).toBe('2025-02-21')
  })

  it('should take another number of days when the workflow sets one', () => {
    expect(disclosureDueDate({ dateMade: '2025-03-03', days: 7 })).toBe('2025-03-12')
  })
})

describe('isPastDue', () => {
  it('should be in time all of the due date in Beijing and overdue from the next midnight there', () => {
    expect(isPastDue({ dueDate: '2025-10-30', now: new Date('2025-10-30T15:59:59Z') })).toBe(false)
    expect(isPastDue({ dueDate: '2025-10-30', now: new Date('2025-10-30T16:00:00Z') })).toBe(true)
    expect(isPastDue({ dueDate: '2025-10-30', now: new Date('2025-10-29T00:00:00Z') })).toBe(false)
  })
})

describe('countWorkingDays over long spans', () => {
  /** The definition, one day at a time: what the arithmetic must agree with. */
  const countDayByDay = (from: string, to: string, calendar: WorkCalendar) => {
    let count = 0
    const day = new Date(`${from}T00:00:00Z`)
    const end = new Date(`${to}T00:00:00Z`)
    for (day.setUTCDate(day.getUTCDate() + 1); day <= end; day.setUTCDate(day.getUTCDate() + 1)) {
      if (isWorkingDay({ day: day.toISOString().slice(0, 10), calendar })) count += 1
    }
    return count
  }
  const dayAfter = (start: string, days: number) =>
    new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

  it('should equal the day-by-day count for every start weekday, span and calendar exception', () => {
    // A holiday that is also an adjusted workday is worked; one on a Saturday changes nothing.
    const calendar: WorkCalendar = {
      holidays: [...calendar2025.holidays!, '2025-03-08', '2025-02-08'],
      adjustedWorkdays: calendar2025.adjustedWorkdays,
    }
    for (let offset = 0; offset < 14; offset++) {
      const from = dayAfter('2024-12-20', offset)
      for (const span of [0, 1, 2, 5, 6, 7, 8, 13, 30, 45, 200, 400]) {
        const to = dayAfter(from, span)
        expect(countWorkingDays({ from, to, calendar }), `${from} → ${to}`).toBe(countDayByDay(from, to, calendar))
      }
    }
  })

  it('should count years, and days before 1970, without walking them', () => {
    expect(countWorkingDays({ from: '1969-12-25', to: '1970-01-08' })).toBe(
      countDayByDay('1969-12-25', '1970-01-08', {}),
    )
    // Eight years, with one year's holidays and adjusted workdays inside.
    expect(countWorkingDays({ from: '2019-01-01', to: '2026-12-31', calendar: calendar2025 })).toBe(
      countDayByDay('2019-01-01', '2026-12-31', calendar2025),
    )
    expect(countWorkingDays({ from: '2026-12-31', to: '2019-01-01' })).toBe(
      -countDayByDay('2019-01-01', '2026-12-31', {}),
    )
  })
})
