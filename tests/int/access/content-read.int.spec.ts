import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'
import type { ContentCase } from './matrix'

import { getTestPayload } from '../../helpers/payload'
import { createCast } from './cast'
import { createContent, institutionOf } from './documents'
import { count, find, findByID, isRefusal } from './doors'
import { actors, contentCases, contentCollections, contentMatrix, describeCase, doors, reaches } from './matrix'

/**
 * Read cells of the content matrix: every actor × every kind of document × every door, by id, as a
 * list and as a count. The documents are only read here, so each collection's are made once for the file.
 */

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
})

const caseKey = ({ placement, status, method }: ContentCase) => `${placement}/${status}/${method ?? '-'}`

for (const collection of contentCollections) {
  describe(collection.slug, () => {
    const cases = contentCases(collection)
    const ids = new Map<string, number>()

    beforeAll(async () => {
      for (const documentCase of cases) {
        const doc = await createContent(payload, collection, {
          ...documentCase,
          institution: institutionOf(cast, documentCase),
        })
        ids.set(caseKey(documentCase), doc.id)
      }
    })

    for (const door of doors) {
      describe(`through ${door}`, () => {
        for (const actor of actors) {
          for (const documentCase of cases) {
            const isAllowed = reaches(contentMatrix[actor].read, documentCase)

            it(`should ${isAllowed ? 'let' : 'not let'} ${actor} read ${describeCase(documentCase)} by id`, async () => {
              const id = ids.get(caseKey(documentCase))!
              const outcome = await findByID(payload, door, cast.callers[actor], collection.slug, id)
              if (isAllowed) expect(outcome).toMatchObject({ ok: true, doc: { id } })
              else expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
            })
          }

          it(`should list for ${actor} exactly the documents the matrix lets it read`, async () => {
            const outcome = await find(payload, door, cast.callers[actor], collection.slug, {
              id: { in: [...ids.values()] },
            })
            if (!outcome.ok) throw new Error(JSON.stringify(outcome))
            const listed = cases
              .filter((documentCase) => outcome.ids.includes(ids.get(caseKey(documentCase))!))
              .map(caseKey)
            const expected = cases
              .filter((documentCase) => reaches(contentMatrix[actor].read, documentCase))
              .map(caseKey)
            expect(listed.sort()).toEqual(expected.sort())
          })

          it(`should count for ${actor} exactly the documents the matrix lets it read`, async () => {
            const outcome = await count(payload, door, cast.callers[actor], collection.slug, {
              id: { in: [...ids.values()] },
            })
            const expected = cases.filter((documentCase) => reaches(contentMatrix[actor].read, documentCase)).length
            expect(outcome).toMatchObject({ ok: true, totalDocs: expected })
          })
        }
      })
    }
  })
}
