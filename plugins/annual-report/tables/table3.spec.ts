import { describe, expect, it } from 'vitest'

import type { RequestFacts } from './table3'

import { balanceProblem } from './balance'
import { tallyRequests } from './table3'

// Noon UTC, as the admin stores a day.
const on = (day: string) => `${day}T12:00:00.000Z`

const request = (facts: Partial<RequestFacts> & Pick<RequestFacts, 'receivedOn'>): RequestFacts => ({
  applicantType: 'naturalPerson',
  reply: null,
  ...facts,
})

describe('table 三', () => {
  it('should count a request received and replied to within the year as new and concluded under its outcome', () => {
    const table = tallyRequests({
      year: 2025,
      requests: [request({ receivedOn: on('2025-03-01'), reply: { date: on('2025-03-20'), outcome: 'disclosed' } })],
    })
    expect(table.received).toMatchObject({ naturalPerson: 1, total: 1 })
    expect(table.disclosed).toMatchObject({ naturalPerson: 1, total: 1 })
    expect(table.concluded.total).toBe(1)
    expect(table.carriedForward.total).toBe(0)
    expect(balanceProblem(table)).toBeNull()
  })

  it('should carry over a request of last year replied to this year, and carry forward one not replied to', () => {
    const table = tallyRequests({
      year: 2025,
      requests: [
        request({
          applicantType: 'legalServiceProvider',
          receivedOn: on('2024-12-20'),
          reply: { date: on('2025-01-10'), outcome: 'partlyDisclosed' },
        }),
        request({ receivedOn: on('2025-12-30'), reply: { date: on('2026-01-12'), outcome: 'disclosed' } }),
        request({ receivedOn: on('2024-05-01'), reply: { date: on('2024-05-20'), outcome: 'disclosed' } }),
        request({ receivedOn: on('2026-01-05') }),
      ],
    })
    expect(table.carriedOver).toMatchObject({ legalServiceProvider: 1, total: 1 })
    expect(table.partlyDisclosed).toMatchObject({ legalServiceProvider: 1, total: 1 })
    expect(table.received).toMatchObject({ naturalPerson: 1, total: 1 })
    expect(table.carriedForward).toMatchObject({ naturalPerson: 1, total: 1 })
    expect(table.disclosed.total).toBe(0)
    expect(balanceProblem(table)).toBeNull()
  })

  it('should read the day in China time: 31 December 20:00 UTC is already the next year', () => {
    const table = tallyRequests({ year: 2025, requests: [request({ receivedOn: '2025-12-31T17:00:00.000Z' })] })
    expect(table.received.total).toBe(0)
  })

  it('should leave a reply without an outcome out of every row, so the balance check names its column', () => {
    const table = tallyRequests({
      year: 2025,
      requests: [
        request({
          applicantType: 'researchInstitution',
          receivedOn: on('2025-04-01'),
          reply: { date: on('2025-04-10'), outcome: null },
        }),
      ],
    })
    expect(balanceProblem(table)).toMatchObject({
      column: 'researchInstitution',
      columnLabel: '科研机构',
      row: 'carriedForward',
      rowLabel: '四、结转下年度继续办理',
    })
  })
})

describe('the balance of table 三', () => {
  const balanced = () =>
    tallyRequests({
      year: 2025,
      requests: [
        request({ receivedOn: on('2025-02-01'), reply: { date: on('2025-02-20'), outcome: 'disclosed' } }),
        request({ applicantType: 'commercialEnterprise', receivedOn: on('2025-11-01') }),
      ],
    })

  it('should name the 总计 cell that is not the sum of its row', () => {
    const table = balanced()
    table.received.total = 5
    expect(balanceProblem(table)).toMatchObject({ column: 'total', row: 'received', columnLabel: '总计' })
  })

  it('should name the concluded cell that is not the sum of the outcomes', () => {
    const table = balanced()
    table.concluded.naturalPerson = 2
    table.concluded.total = 2
    expect(balanceProblem(table)).toMatchObject({ column: 'naturalPerson', row: 'concluded', rowLabel: '（七）总计' })
  })

  it('should name the column where new plus carried over is not concluded plus carried forward', () => {
    const table = balanced()
    table.carriedOver.commercialEnterprise = 1
    table.carriedOver.total = 1
    expect(balanceProblem(table)).toMatchObject({
      column: 'commercialEnterprise',
      row: 'carriedForward',
      zh: '本年新收 1 + 上年结转 1 ≠ 办结 0 + 结转下年度 1',
    })
  })

  it('should refuse a cell that is not a count', () => {
    const table = balanced()
    table.otherNoCorrection.otherOrganisation = -1
    expect(balanceProblem(table)).toMatchObject({ column: 'otherOrganisation', row: 'otherNoCorrection' })
  })
})
