import { describe, expect, it } from 'vitest'

import { workingCalendarSeed } from './data/workingCalendar'
import { mergeWorkingCalendar } from './workingCalendar'

const seed = workingCalendarSeed([2023, 2024])

describe('mergeWorkingCalendar', () => {
  it('should fill an empty calendar with every year of the arrangement', () => {
    const { data, addedYears } = mergeWorkingCalendar({}, seed)
    expect(addedYears).toEqual(['2023', '2024'])
    expect(data?.holidays).toHaveLength(seed.holidays.length)
    expect(data?.adjustedWorkdays).toHaveLength(seed.adjustedWorkdays.length)
  })

  it('should keep a year the office corrected exactly as it is and add only the missing years', () => {
    // The office moved 2024's National Day and kept one row: the year is theirs, nothing of 2024 is added.
    const corrected = { id: 'row-1', date: '2024-10-08T12:00:00.000Z', name: '国庆节（更正）' }
    const { data, keptYears, addedYears } = mergeWorkingCalendar({ holidays: [corrected], adjustedWorkdays: [] }, seed)
    expect(keptYears).toEqual(['2024'])
    expect(addedYears).toEqual(['2023'])
    const in2024 = [...data!.holidays, ...data!.adjustedWorkdays].filter(({ date }) => date.startsWith('2024'))
    expect(in2024).toEqual([corrected])
    expect(data!.holidays.some(({ date }) => date.startsWith('2023-10-02'))).toBe(true)
  })

  it('should write nothing when every year is already set', () => {
    const { data } = mergeWorkingCalendar({ holidays: [], adjustedWorkdays: [...seed.adjustedWorkdays] }, seed)
    expect(data).toBeNull()
  })

  it('should keep the rows in date order', () => {
    const late = { date: '2023-12-31T12:00:00.000Z', name: '补充' }
    const { data } = mergeWorkingCalendar({ holidays: [late] }, workingCalendarSeed([2022]))
    const dates = data!.holidays.map(({ date }) => date)
    expect(dates).toEqual([...dates].sort())
    expect(dates.at(-1)).toBe(late.date)
  })
})
