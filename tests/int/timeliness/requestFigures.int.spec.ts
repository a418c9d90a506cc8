import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { resolveOptions } from '../../../plugins/timeliness/defaults'
import { loadRequestFigures } from '../../../plugins/timeliness/report/requests'
import { getTestPayload } from '../../helpers/payload'
import { createOffice, registerRequest } from '../disclosure-requests/setup'

/**
 * The dashboard's request charts read only the requests a period can count (received by its end; open then, or
 * replied within it): these are the cases at the edges of that read, one institution of their own.
 */
let payload: Payload
let institution: number

const reply = (date: string, outcome: string) => ({
  steps: [{ kind: 'reply', date: `${date}T00:00:00.000Z`, outcome }],
})
const received = (date: string) => ({ receivedOn: `${date}T00:00:00.000Z` })

beforeAll(async () => {
  payload = await getTestPayload()
  institution = (await createOffice(payload)).own
  await Promise.all([
    // Replied in 2025: counted by outcome, not open.
    registerRequest(payload, institution, { ...received('2025-03-03'), ...reply('2025-04-01', 'disclosed') }),
    // Received the year before, replied in 2025: counted by outcome.
    registerRequest(payload, institution, { ...received('2024-12-16'), ...reply('2025-01-10', 'partlyDisclosed') }),
    // Received and replied the year before: not in 2025's figures at all.
    registerRequest(payload, institution, { ...received('2024-05-06'), ...reply('2024-06-03', 'disclosed') }),
    // Received late in 2025 and open at its end: days left as of 31 December.
    registerRequest(payload, institution, received('2025-12-22')),
    // Received in 2024 and never answered: open and long overdue at 2025's end.
    registerRequest(payload, institution, received('2024-12-02')),
    // Received after the period: not in it.
    registerRequest(payload, institution, received('2026-01-05')),
  ])
})

describe("the dashboard's request figures", () => {
  it('should count the replies of the period by outcome and the requests open at its end by days left', async () => {
    const figures = await loadRequestFigures({
      req: await createLocalReq({}, payload),
      options: resolveOptions({}),
      period: { from: '2025-01-01', to: '2025-12-31' },
      institution,
    })
    expect(figures?.byOutcome).toEqual([
      { outcome: 'disclosed', count: 1 },
      { outcome: 'partlyDisclosed', count: 1 },
    ])
    expect(figures?.byDaysLeft.overdue).toBe(1)
    expect(figures?.byDaysLeft['11+']).toBe(1)
    expect(Object.values(figures!.byDaysLeft).reduce((sum, count) => sum + count, 0)).toBe(2)
  })
})
