import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'
import type { ContentCase, Placement, Status } from './matrix'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { getTestPayload } from '../../helpers/payload'
import { createCast } from './cast'
import { annualReportData } from './documents'
import { count, create, find, findByID, isRefusal } from './doors'
import { actors, annualReportsMatrix, describeCase, doors, reaches } from './matrix'

/**
 * 政府信息公开年度报告 through every door: a draft report is read only by its institution's staff and the office,
 * a published one by everyone; editors start their own institution's reports. The matrix's cells per door.
 */

const SLUG = 'annual-reports'

let payload: Payload
let cast: Cast
const cases: ContentCase[] = (['own', 'other'] as const).flatMap((placement) =>
  (['draft', 'published'] as const).map((status) => ({ placement, status })),
)
const reports = new Map<string, { id: number; title: string }>()
const keyOf = ({ placement, status }: { placement: Placement; status: Status }) => `${placement}/${status}`

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
  for (const documentCase of cases) {
    const doc = await payload.create({
      collection: SLUG,
      data: annualReportData({ institution: cast[documentCase.placement], status: documentCase.status }),
      depth: 0,
      context: systemPublishContext(),
    })
    reports.set(keyOf(documentCase), { id: doc.id, title: doc.title })
  }
})

for (const door of doors) {
  describe(`${SLUG} through ${door}`, () => {
    for (const actor of actors) {
      const permissions = annualReportsMatrix[actor]
      for (const documentCase of cases) {
        const allowed = reaches(permissions.read, documentCase)
        it(`should ${allowed ? 'let' : 'not let'} ${actor} read ${describeCase(documentCase)}`, async () => {
          const report = reports.get(keyOf(documentCase))!
          const outcome = await findByID(payload, door, cast.callers[actor], SLUG, report.id, { fields: ['title'] })
          if (allowed) expect(outcome).toMatchObject({ ok: true, doc: { title: report.title } })
          else expect(isRefusal(outcome)).toBe(true)
        })
      }

      it(`should list and count for ${actor} only the reports the matrix lets it read`, async () => {
        const ids = [...reports.values()].map(({ id }) => id)
        const expected = cases
          .filter((documentCase) => reaches(permissions.read, documentCase))
          .map((documentCase) => reports.get(keyOf(documentCase))!.id)
          .sort()
        const listed = await find(payload, door, cast.callers[actor], SLUG, { id: { in: ids } })
        const counted = await count(payload, door, cast.callers[actor], SLUG, { id: { in: ids } })
        expect(listed.ok && [...listed.ids].sort()).toEqual(expected)
        expect(counted.ok && counted.totalDocs).toBe(expected.length)
      })

      const mayCreate = reaches(permissions.create, { placement: 'own', status: 'draft' })
      it(`should ${mayCreate ? 'let' : 'not let'} ${actor} start a report of its own institution`, async () => {
        const outcome = await create(payload, door, cast.callers[actor], SLUG, {
          ...annualReportData({ institution: cast.own, status: 'draft' }),
        })
        if (mayCreate) expect(outcome.ok).toBe(true)
        else expect(isRefusal(outcome)).toBe(true)
      })
    }
  })
}
