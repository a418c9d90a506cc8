import { describe, expect, it } from 'vitest'

import type { WorkCalendar } from '../../../src/lib/platform/workingDays'
import type { RequestStep } from './index'

import { replyDeadline, RequestStepsError } from './index'

// The State Council's arrangements for the days these cases cross (holidays on weekdays; weekends worked).
const calendar: WorkCalendar = {
  holidays: [
    // 2019: 劳动节 1–4 May (revised notice); 端午 Fri 7 June.
    '2019-05-01',
    '2019-05-02',
    '2019-05-03',
    '2019-06-07',
    // 2024: 春节 10–17 Feb (weekdays 12–16); 中秋 Mon 16 – Tue 17 Sep; 国庆 1–7 Oct (weekdays 1–4, 7).
    '2024-02-12',
    '2024-02-13',
    '2024-02-14',
    '2024-02-15',
    '2024-02-16',
    '2024-09-16',
    '2024-09-17',
    '2024-10-01',
    '2024-10-02',
    '2024-10-03',
    '2024-10-04',
    '2024-10-07',
    // 2025: 清明 Fri 4 April.
    '2025-04-04',
  ],
  adjustedWorkdays: ['2019-04-28', '2019-05-05', '2024-02-04', '2024-02-18', '2024-09-14', '2024-09-29', '2024-10-12'],
}

const deadline = (receivedOn: string, steps: RequestStep[] = []) => replyDeadline({ receivedOn, steps, calendar })

describe('replyDeadline: the 2019 regulation, 20 working days', () => {
  it('should count across the 2024 National Day week with its worked Sunday and Saturday', () => {
    // Received Fri 27 Sep. Sat 28 no; Sun 29 (worked) 1; Mon 30 2; 1–7 Oct off; Tue 8 3 … Fri 11 6;
    // Sat 12 (worked) 7; 14–18 8–12; 21–25 13–17; Mon 28 18; Tue 29 19; Wed 30 Oct 20.
    const result = deadline('2024-09-27')
    expect(result.regulation).toBe('2019')
    expect(result.dueOn).toBe('2024-10-30')
    expect(result.extendedDueOn).toBeUndefined()
  })

  it('should count across the 2024 Spring Festival with its two worked Sundays', () => {
    // Received Thu 1 Feb. Fri 2 1; Sun 4 (worked) 2; 5–9 3–7; 10–17 off; Sun 18 (worked) 8; 19–23 9–13;
    // 26–29 14–17; Fri 1 Mar 18; Mon 4 19; Tue 5 Mar 20.
    expect(deadline('2024-02-01').dueOn).toBe('2024-03-05')
  })

  it('should apply the 2019 periods to a request received on 2019-05-15, the day the revision took effect', () => {
    // Received Wed 15 May. 16–17 1–2; 20–24 3–7; 27–31 8–12; 3–6 Jun 13–16; Fri 7 Jun 端午 off;
    // 10–13 Jun 17–20.
    const result = deadline('2019-05-15')
    expect(result.regulation).toBe('2019')
    expect(result.dueOn).toBe('2019-06-13')
  })
})

describe('replyDeadline: the 2007 regulation before 2019-05-15, 15 + 15', () => {
  it('should give 15 working days to a request received on 2019-05-14', () => {
    // Received Tue 14 May. Wed 15 1; 16–17 2–3; 20–24 4–8; 27–31 9–13; Mon 3 Jun 14; Tue 4 Jun 15.
    const result = deadline('2019-05-14')
    expect(result).toMatchObject({ regulation: '2007', replyDays: 15, extensionDays: 15, dueOn: '2019-06-04' })
  })

  it('should extend it by 15 more', () => {
    // After Tue 4 Jun: Wed 5 1; Thu 6 2; Fri 7 端午 off; 10–14 3–7; 17–21 8–12; 24–26 13–15 → Wed 26 Jun.
    const result = deadline('2019-05-14', [{ kind: 'extension', on: '2019-05-30' }])
    expect(result.dueOn).toBe('2019-06-04')
    expect(result.extendedDueOn).toBe('2019-06-26')
  })
})

describe('replyDeadline: correction (补正, Art. 30)', () => {
  it('should restart the clock on the day the corrected request arrives, dropping the days before', () => {
    // Received Mon 3 Mar 2025 (without correction: due Mon 31 Mar). Correction asked Wed 5 Mar, received
    // Wed 12 Mar: Thu 13 1; Fri 14 2; 17–21 3–7; 24–28 8–12; 31 Mar – 3 Apr 13–16; Fri 4 Apr 清明 off;
    // 7–10 Apr 17–20 → Thu 10 Apr.
    expect(deadline('2025-03-03').dueOn).toBe('2025-03-31')
    const result = deadline('2025-03-03', [
      { kind: 'correctionRequested', on: '2025-03-05' },
      { kind: 'correctionReceived', on: '2025-03-12' },
    ])
    expect(result.countsFrom).toBe('2025-03-12')
    expect(result.dueOn).toBe('2025-04-10')
  })

  it('should stop the clock with no deadline while the correction is awaited', () => {
    const result = deadline('2025-03-03', [{ kind: 'correctionRequested', on: '2025-03-05' }])
    expect(result.dueOn).toBeNull()
    expect(result.pausedBy).toBe('correction')
    // The corrected request will get the full 20 days, however long the applicant takes.
    expect(result.workingDaysLeft('2025-03-20')).toBe(20)
    expect(result.isOverdue('2025-06-30')).toBe(false)
  })
})

describe('replyDeadline: extension (延期, Art. 33)', () => {
  it('should add 20 working days after the first deadline', () => {
    // Due Wed 30 Oct 2024 (above). Thu 31 1; Fri 1 Nov 2; 4–8 3–7; 11–15 8–12; 18–22 13–17;
    // 25–27 18–20 → Wed 27 Nov.
    const result = deadline('2024-09-27', [{ kind: 'extension', on: '2024-10-25' }])
    expect(result.dueOn).toBe('2024-10-30')
    expect(result.extendedDueOn).toBe('2024-11-27')
  })

  it('should refuse a second extension, naming the step', () => {
    const steps: RequestStep[] = [
      { kind: 'extension', on: '2024-10-25' },
      { kind: 'extension', on: '2024-11-20' },
    ]
    expect(() => deadline('2024-09-27', steps)).toThrow(RequestStepsError)
    expect(() => deadline('2024-09-27', steps)).toThrow(/only once/)
    try {
      deadline('2024-09-27', steps)
    } catch (error) {
      expect((error as RequestStepsError).stepIndex).toBe(1)
    }
  })

  it('should refuse an extension decided after the deadline had passed', () => {
    expect(() => deadline('2024-09-27', [{ kind: 'extension', on: '2024-10-31' }])).toThrow(/2024-10-30/)
  })
})

describe('replyDeadline: third-party consultation (征求第三方意见, Art. 32/33)', () => {
  it('should leave out the days from sending to the reply', () => {
    // Received Mon 3 Mar 2025. 4–7 1–4; Mon 10 (sent that day) 5; 11–14 not counted (reply Fri 14);
    // 17–21 6–10; 24–28 11–15; 31 Mar – 3 Apr 16–19; Fri 4 清明 off; Mon 7 Apr 20.
    const result = deadline('2025-03-03', [
      { kind: 'thirdPartySent', on: '2025-03-10' },
      { kind: 'thirdPartyReplied', on: '2025-03-14' },
    ])
    expect(result.dueOn).toBe('2025-04-07')
  })

  it('should leave out at most the third party’s 15 working days when it answers late or not at all', () => {
    // Sent Mon 10 Mar: its 15 working days run 11 Mar – Mon 31 Mar. Used 5 by 10 Mar; Tue 1 Apr 6;
    // 2–3 7–8; Fri 4 off; 7–11 9–13; 14–18 14–18; Mon 21 19; Tue 22 Apr 20.
    const unanswered = deadline('2025-03-03', [{ kind: 'thirdPartySent', on: '2025-03-10' }])
    expect(unanswered.dueOn).toBe('2025-04-22')
    const late = deadline('2025-03-03', [
      { kind: 'thirdPartySent', on: '2025-03-10' },
      { kind: 'thirdPartyReplied', on: '2025-04-10' },
    ])
    expect(late.dueOn).toBe('2025-04-22')
  })

  it('should refuse a reply to a consultation never sent', () => {
    expect(() => deadline('2025-03-03', [{ kind: 'thirdPartyReplied', on: '2025-03-14' }])).toThrow(
      /none was consulted/,
    )
  })
})

describe('replyDeadline: fee notice (收费通知, 2021 measures)', () => {
  it('should leave out the days from the notice to payment', () => {
    // Received Mon 3 Mar 2025. Tue 4 1; Wed 5 (notice) 2; 6–19 not counted (paid Wed 19); Thu 20 3;
    // Fri 21 4; 24–28 5–9; 31 Mar – 3 Apr 10–13; Fri 4 off; 7–11 14–18; Mon 14 19; Tue 15 Apr 20.
    const steps: RequestStep[] = [
      { kind: 'feeNotified', on: '2025-03-05' },
      { kind: 'feePaid', on: '2025-03-19' },
    ]
    expect(deadline('2025-03-03', steps).dueOn).toBe('2025-04-15')
    // A consultation inside the fee wait (10–14 Mar) stops nothing more: the days are not left out twice.
    const both = deadline('2025-03-03', [
      ...steps,
      { kind: 'thirdPartySent', on: '2025-03-10' },
      { kind: 'thirdPartyReplied', on: '2025-03-14' },
    ])
    expect(both.dueOn).toBe('2025-04-15')
  })

  it('should stop the clock while the fee is unpaid, keeping the days left when the notice went', () => {
    const result = deadline('2025-03-03', [{ kind: 'feeNotified', on: '2025-03-05' }])
    expect(result.dueOn).toBeNull()
    expect(result.pausedBy).toBe('fee')
    // 2 of 20 used (Tue 4, Wed 5).
    expect(result.workingDaysLeft('2025-03-20')).toBe(18)
    expect(result.isOverdue('2025-06-30')).toBe(false)
  })
})

describe('replyDeadline: days left and overdue', () => {
  // Due Wed 30 Oct 2024 (received Fri 27 Sep, counted above).
  const result = deadline('2024-09-27')

  it('should count the working days left and mark the request overdue after the last day', () => {
    // By Sat 5 Oct 2 used (29, 30 Sep); by Tue 8 Oct 3 used.
    expect(result.workingDaysLeft('2024-10-05')).toBe(18)
    expect(result.workingDaysLeft('2024-10-08')).toBe(17)
    expect(result.workingDaysLeft('2024-10-30')).toBe(0)
    expect(result.isOverdue('2024-10-30')).toBe(false)
    expect(result.workingDaysLeft('2024-10-31')).toBe(-1)
    expect(result.isOverdue('2024-10-31')).toBe(true)
  })

  it('should read an instant as the day it is in Beijing', () => {
    // 17:00 UTC on 30 Oct is 01:00 on 31 Oct in Beijing: a day late.
    expect(result.isOverdue('2024-10-30T17:00:00Z')).toBe(true)
    expect(result.isOverdue('2024-10-30T15:00:00Z')).toBe(false)
  })

  it('should measure an extended request against the extended deadline', () => {
    // Extended to Wed 27 Nov: on Thu 31 Oct, 21 of 40 used; on Thu 28 Nov one day late.
    const extended = deadline('2024-09-27', [{ kind: 'extension', on: '2024-10-25' }])
    expect(extended.workingDaysLeft('2024-10-31')).toBe(19)
    expect(extended.isOverdue('2024-10-31')).toBe(false)
    expect(extended.isOverdue('2024-11-27')).toBe(false)
    expect(extended.isOverdue('2024-11-28')).toBe(true)
    expect(extended.workingDaysLeft('2024-11-28')).toBe(-1)
  })

  it('should refuse a step dated before the request was received', () => {
    expect(() => deadline('2024-09-27', [{ kind: 'feeNotified', on: '2024-09-20' }])).toThrow(/before the request/)
  })
})
