import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'
import type { Placement } from './matrix'

import { unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createCast } from './cast'
import { count, create, find, findByID, isRefusal } from './doors'
import { actors, disclosureRequestsMatrix, doors } from './matrix'

/**
 * 依申请公开 through every door: a request (the applicant's name, ID number, contact) is read only by the staff
 * of the institution handling it and by the disclosure office. The matrix's cells for reads, lists, counts and
 * registration, per door.
 */

const SLUG = 'disclosure-requests'

let payload: Payload
let cast: Cast
const requests: Record<Placement, { id: number; applicantName: string }> = {
  own: { id: 0, applicantName: '' },
  other: { id: 0, applicantName: '' },
}

const requestData = (institution: number) => ({
  applicantType: 'naturalPerson',
  applicantName: unique('申请人'),
  applicantIdNumber: '110101199003074514',
  contact: { phone: '13800000000', email: 'applicant@example.com' },
  channel: 'online',
  receivedOn: '2026-03-02T00:00:00.000Z',
  requestedInformation: '某项目的环评批复',
  handlingInstitution: institution,
})

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
  for (const placement of ['own', 'other'] as const) {
    const doc = await payload.create({ collection: SLUG, data: requestData(cast[placement]) as never, depth: 0 })
    requests[placement] = { id: doc.id, applicantName: doc.applicantName }
  }
})

const readable = (actor: (typeof actors)[number], placement: Placement) => {
  const { read } = disclosureRequestsMatrix[actor]
  return read === 'everything' || (read === 'own' && placement === 'own')
}

for (const door of doors) {
  describe(`${SLUG} through ${door}`, () => {
    for (const actor of actors) {
      for (const placement of ['own', 'other'] as const) {
        const allowed = readable(actor, placement)
        it(`should ${allowed ? 'let' : 'not let'} ${actor} read ${placement === 'own' ? 'its own institution’s' : 'another institution’s'} request`, async () => {
          const outcome = await findByID(payload, door, cast.callers[actor], SLUG, requests[placement].id, {
            fields: ['applicantName'],
          })
          if (allowed)
            expect(outcome).toMatchObject({ ok: true, doc: { applicantName: requests[placement].applicantName } })
          else expect(isRefusal(outcome)).toBe(true)
        })
      }

      it(`should list and count for ${actor} only the requests the matrix lets it read`, async () => {
        const where = { id: { in: [requests.own.id, requests.other.id] } }
        const expected = (['own', 'other'] as const).filter((placement) => readable(actor, placement))
        const listed = await find(payload, door, cast.callers[actor], SLUG, where)
        const counted = await count(payload, door, cast.callers[actor], SLUG, where)
        if (disclosureRequestsMatrix[actor].read === 'nothing') {
          // Refused outright, or answered with nothing: either way no row and no number.
          expect(listed.ok ? listed.ids : []).toEqual([])
          expect(counted.ok ? counted.totalDocs : 0).toBe(0)
          return
        }
        expect(listed.ok && [...listed.ids].sort()).toEqual(expected.map((placement) => requests[placement].id).sort())
        expect(counted.ok && counted.totalDocs).toBe(expected.length)
      })

      const { create: reach } = disclosureRequestsMatrix[actor]
      it(`should ${reach === 'nothing' ? 'not let' : 'let'} ${actor} register a request of its own institution`, async () => {
        const outcome = await create(payload, door, cast.callers[actor], SLUG, requestData(cast.own))
        if (reach === 'nothing') expect(isRefusal(outcome)).toBe(true)
        else expect(outcome.ok).toBe(true)
      })

      if (reach === 'own') {
        it(`should not let ${actor} register a request of another institution`, async () => {
          const outcome = await create(payload, door, cast.callers[actor], SLUG, requestData(cast.other))
          expect(outcome).toMatchObject({ ok: false, status: 400 })
        })
      }
    }
  })
}
