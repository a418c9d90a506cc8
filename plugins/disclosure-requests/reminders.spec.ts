import { describe, expect, it } from 'vitest'

import { remindersDue } from './reminders'

const dayOf = (date: string) => date.slice(0, 10)
const due = (workingDaysLeft: number, sent: Array<{ daysBefore: number; dueOn: string }> = []) =>
  remindersDue({ workingDaysLeft, dueOn: '2024-10-30', reminderDays: [1, 5], sent, dayOf })

describe('remindersDue', () => {
  it('should send nothing while more days are left than the first threshold', () => {
    expect(due(6)).toEqual([])
  })

  it('should reach the 5-day threshold at 5 days left, and still at 3 when a check was missed', () => {
    expect(due(5)).toEqual([5])
    expect(due(3)).toEqual([5])
  })

  it('should not repeat a threshold already sent for the same deadline', () => {
    expect(due(4, [{ daysBefore: 5, dueOn: '2024-10-30' }])).toEqual([])
    expect(due(1, [{ daysBefore: 5, dueOn: '2024-10-30' }])).toEqual([1])
  })

  it('should remind again for a new deadline after an extension', () => {
    expect(due(5, [{ daysBefore: 5, dueOn: '2024-10-09' }])).toEqual([5])
  })

  it('should give both thresholds at once to a request with one day left, for one e-mail', () => {
    expect(due(1)).toEqual([1, 5])
  })
})
