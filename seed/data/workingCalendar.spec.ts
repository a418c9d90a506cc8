import { describe, expect, it } from 'vitest'

import { addWorkingDays, countWorkingDays, isWorkingDay } from '../../src/lib/platform/workingDays'
import { calendarYears, workingCalendarRows, workingCalendarSeed } from './workingCalendar'

const rows = workingCalendarRows()
const calendar = {
  holidays: rows.holidays.map(({ date }) => date),
  adjustedWorkdays: rows.adjustedWorkdays.map(({ date }) => date),
}

describe('working-day calendar from chinese-days', () => {
  it('should cover every year of the demo data, 2008 to 2026', () => {
    const years = calendarYears()
    for (let year = 2008; year <= 2026; year++) expect(years).toContain(year)
    for (const year of years) expect(rows.holidays.some(({ date }) => date.startsWith(`${year}-`))).toBe(true)
  })

  it('should make the National Day week of 2024 days off and its Sundays/Saturdays worked', () => {
    // 国办发明电〔2023〕7号: 10月1日至7日放假调休, 9月29日（周日）、10月12日（周六）上班.
    expect(isWorkingDay({ day: '2024-10-01', calendar })).toBe(false)
    expect(isWorkingDay({ day: '2024-10-07', calendar })).toBe(false)
    expect(isWorkingDay({ day: '2024-09-29', calendar })).toBe(true)
    expect(isWorkingDay({ day: '2024-10-12', calendar })).toBe(true)
    expect(rows.holidays).toContainEqual({ date: '2024-10-01', name: '国庆节' })
    expect(rows.adjustedWorkdays).toContainEqual({ date: '2024-09-29', name: '国庆节调休' })
  })

  it('should follow the 2019 revision of Labour Day: 1–4 May off, Sunday 28 April and Sunday 5 May worked', () => {
    // 国办发明电〔2019〕2号 extended 劳动节 to 1–4 May; 4 May is a Saturday off, 5 May the Sunday worked.
    expect(isWorkingDay({ day: '2019-05-02', calendar })).toBe(false)
    expect(isWorkingDay({ day: '2019-05-04', calendar })).toBe(false)
    expect(isWorkingDay({ day: '2019-05-05', calendar })).toBe(true)
    expect(isWorkingDay({ day: '2019-04-28', calendar })).toBe(true)
  })

  it('should count working days across the 2024 Spring Festival with its two worked Sundays', () => {
    // Off 10–17 Feb (Sat–Sat); Sundays 4 Feb and 18 Feb worked. From Fri 9 Feb, 2 working days:
    // 10–17 off → Sun 18 Feb (1), Mon 19 Feb (2).
    expect(addWorkingDays({ from: '2024-02-09', days: 2, calendar })).toBe('2024-02-19')
    // Mon 5 Feb → Fri 9 Feb: Tue 6, Wed 7, Thu 8, Fri 9 = 4 (the Sunday 4 Feb is before the start).
    expect(countWorkingDays({ from: '2024-02-05', to: '2024-02-09', calendar })).toBe(4)
    // The 2008 National Day: off 1–5 Oct (Wed–Sun), Sat 27 and Sun 28 Sep worked.
    expect(isWorkingDay({ day: '2008-09-27', calendar })).toBe(true)
    expect(isWorkingDay({ day: '2008-10-03', calendar })).toBe(false)
  })

  it('should list holidays on weekdays only and adjusted workdays on weekends only', () => {
    const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay()
    for (const { date } of rows.holidays) expect([0, 6]).not.toContain(weekday(date))
    for (const { date } of rows.adjustedWorkdays) expect([0, 6]).toContain(weekday(date))
  })

  it('should store each day at noon UTC and build only the years asked for', () => {
    const seed = workingCalendarSeed([2024])
    expect(seed.holidays[0]).toEqual({ date: '2024-01-01T12:00:00.000Z', name: '元旦' })
    expect(seed.holidays.every(({ date }) => date.startsWith('2024-'))).toBe(true)
    expect(seed.adjustedWorkdays.map(({ date }) => date.slice(0, 10))).toEqual([
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ])
  })
})
