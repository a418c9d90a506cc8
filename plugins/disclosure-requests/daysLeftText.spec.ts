import { describe, expect, it } from 'vitest'

import { daysLeftText } from './daysLeftText'

describe('daysLeftText', () => {
  it('should say the working days left in both languages', () => {
    expect(daysLeftText({ workingDaysLeft: 3, isOverdue: false, status: 'received' })).toEqual({
      zh: '剩余 3 个工作日',
      en: '3 working days left',
      tone: 'soon',
    })
  })

  it('should mark an overdue request with the working days past', () => {
    expect(daysLeftText({ workingDaysLeft: -2, isOverdue: true, status: 'extended' })).toMatchObject({
      zh: '已超期 2 个工作日',
      tone: 'overdue',
    })
    // A weekend after the last day: overdue, no working day past yet.
    expect(daysLeftText({ workingDaysLeft: 0, isOverdue: true, status: 'received' })?.zh).toBe('已超期')
  })

  it('should say the clock is stopped while the applicant is awaited, and nothing once replied', () => {
    expect(daysLeftText({ workingDaysLeft: 20, isOverdue: false, status: 'awaitingCorrection' })?.zh).toBe(
      '暂停计时（剩余 20 个工作日）',
    )
    expect(daysLeftText({ workingDaysLeft: null, isOverdue: false, status: 'replied' })).toBeNull()
  })
})
