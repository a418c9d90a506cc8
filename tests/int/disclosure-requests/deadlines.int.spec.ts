import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { TODAY_CONTEXT } from '../../../plugins/disclosure-requests'
import { seedWorkingCalendar } from '../../../seed/workingCalendar'
import { toLocalDate } from '../../../src/lib/platform/workingDays'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { createOffice, registerRequest, SLUG } from './setup'

/**
 * The stored reply deadline (`dueOn`) through the seeded calendar (the State Council's arrangements from
 * chinese-days), and the working days left computed when read.
 */

let payload: Payload
let office: Office

// Received Fri 27 Sep 2024: Sun 29 Sep (worked) 1; Mon 30 2; 1–7 Oct off; 8–11 3–6; Sat 12 Oct (worked) 7;
// 14–18 8–12; 21–25 13–17; 28–30 18–20: due Wed 30 Oct.
const RECEIVED = '2024-09-27T00:00:00.000Z'

const dayOf = (value: null | string | undefined) => (value ? toLocalDate(value) : null)

const readAsOf = (id: number, today: string) =>
  payload.findByID({ collection: SLUG, id, depth: 0, context: { [TODAY_CONTEXT]: today } })

const token = (actor: keyof Office['callers']) => office.callers[actor].token

beforeAll(async () => {
  payload = await getTestPayload()
  // Adds only the years nobody has set: other suites' calendars stay as they are.
  await seedWorkingCalendar(payload, () => {})
  office = await createOffice(payload)
})

describe('the stored reply deadline', () => {
  it('should count 20 working days across the 2024 National Day holiday and its worked weekend days', async () => {
    const request = await registerRequest(payload, office.own, { receivedOn: RECEIVED })
    expect(dayOf(request.dueOn)).toBe('2024-10-30')
    expect((await readAsOf(request.id, '2024-10-08')).workingDaysLeft).toBe(17)
    // Sat 12 Oct is worked: one more used than the Friday before.
    expect((await readAsOf(request.id, '2024-10-11')).workingDaysLeft).toBe(14)
    expect((await readAsOf(request.id, '2024-10-12')).workingDaysLeft).toBe(13)
  })

  it('should move to the extended deadline when an extension is recorded', async () => {
    const request = await registerRequest(payload, office.own, { receivedOn: RECEIVED })
    const response = await rest('PATCH', `/${SLUG}/${request.id}`, {
      token: token('editor'),
      body: { steps: [{ kind: 'extension', date: '2024-10-25T00:00:00.000Z', approvedBy: '李主任' }] },
    })
    expect(response.status).toBe(200)
    // After Wed 30 Oct: 31 Oct – 1 Nov 1–2; 4–8 3–7; 11–15 8–12; 18–22 13–17; 25–27 18–20.
    expect(dayOf(response.json.doc.dueOn)).toBe('2024-11-27')
    expect(response.json.doc.status).toBe('extended')
  })

  it('should stop the clock while a correction is awaited and restart it from the corrected request', async () => {
    const request = await registerRequest(payload, office.own, { receivedOn: RECEIVED })
    const asked = [{ kind: 'correctionRequested', date: '2024-09-30T00:00:00.000Z' }]
    const waiting = await payload.update({ collection: SLUG, id: request.id, data: { steps: asked } as never })
    expect(waiting.dueOn).toBeNull()
    expect(waiting.status).toBe('awaitingCorrection')
    expect((await readAsOf(request.id, '2024-12-31')).isOverdue).toBe(false)

    const corrected = await payload.update({
      collection: SLUG,
      id: request.id,
      data: { steps: [...asked, { kind: 'correctionReceived', date: '2024-10-08T00:00:00.000Z' }] } as never,
    })
    // From Tue 8 Oct: 9–11 1–3; Sat 12 (worked) 4; 14–18 5–9; 21–25 10–14; 28–31 15–18; Fri 1 Nov 19; Mon 4 Nov 20.
    expect(dayOf(corrected.dueOn)).toBe('2024-11-04')
  })

  it('should refuse an extension decided after the deadline, naming the step', async () => {
    const request = await registerRequest(payload, office.own, { receivedOn: RECEIVED })
    const response = await rest('PATCH', `/${SLUG}/${request.id}`, {
      token: token('editor'),
      body: { steps: [{ kind: 'extension', date: '2024-10-31T00:00:00.000Z' }] },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('steps.0.date')
  })

  it('should ignore a deadline sent by a client', async () => {
    const response = await rest('POST', `/${SLUG}`, {
      token: token('editor'),
      body: {
        applicantType: 'naturalPerson',
        applicantName: '王五',
        channel: 'online',
        receivedOn: RECEIVED,
        requestedInformation: '某道路的规划许可',
        handlingInstitution: office.own,
        dueOn: '2030-01-01T00:00:00.000Z',
      },
    })
    expect(response.status).toBe(201)
    expect(dayOf(response.json.doc.dueOn)).toBe('2024-10-30')
  })

  it('should clear the deadline once replied, and count nothing left', async () => {
    const request = await registerRequest(payload, office.own, { receivedOn: RECEIVED })
    const replied = await payload.update({
      collection: SLUG,
      id: request.id,
      data: { steps: [{ kind: 'reply', date: '2024-10-21T00:00:00.000Z', outcome: 'disclosed' }] } as never,
    })
    expect(replied.status).toBe('replied')
    expect(replied.dueOn).toBeNull()
    expect(replied.workingDaysLeft).toBeNull()
  })
})

describe('the list of open requests by days left', () => {
  it('should list by deadline first, mark the overdue when read today, and find them by dueOn', async () => {
    const later = await registerRequest(payload, office.own, { receivedOn: '2099-03-02T00:00:00.000Z' })
    const overdue = await registerRequest(payload, office.own, { receivedOn: RECEIVED })
    const list = await rest('GET', `/${SLUG}?where[handlingInstitution][equals]=${office.own}&limit=100&depth=0`, {
      token: token('reviewer'),
    })
    expect(list.status).toBe(200)
    const ids = list.json.docs.map((doc: { id: number }) => doc.id)
    expect(ids.indexOf(overdue.id)).toBeLessThan(ids.indexOf(later.id))
    const overdueRow = list.json.docs.find((doc: { id: number }) => doc.id === overdue.id)
    expect(overdueRow.isOverdue).toBe(true)
    expect(overdueRow.workingDaysLeft).toBeLessThan(0)
    const laterRow = list.json.docs.find((doc: { id: number }) => doc.id === later.id)
    expect(laterRow.isOverdue).toBe(false)
    expect(laterRow.workingDaysLeft).toBe(20)

    const today = new Date().toISOString()
    const found = await rest(
      'GET',
      `/${SLUG}?where[handlingInstitution][equals]=${office.own}&where[dueOn][less_than]=${today}&limit=100&depth=0`,
      { token: token('reviewer') },
    )
    const foundIds = found.json.docs.map((doc: { id: number }) => doc.id)
    expect(foundIds).toContain(overdue.id)
    expect(foundIds).not.toContain(later.id)
  })
})
