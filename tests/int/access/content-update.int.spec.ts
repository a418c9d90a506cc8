import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'

import { unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createCast } from './cast'
import { createContent, institutionOf, storedContent } from './documents'
import { isRefusal, update } from './doors'
import { actors, contentCollections, contentMatrix, describeCase, doors, reaches, writeCases } from './matrix'

/** Update cells of the content matrix: every actor × own/other × draft/published × every door. */

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
})

for (const collection of contentCollections) {
  describe(collection.slug, () => {
    for (const door of doors) {
      describe(`through ${door}`, () => {
        for (const actor of actors) {
          for (const documentCase of writeCases) {
            // Writing to a published document would publish the change outside the review workflow:
            // refused for every role (changes go in as drafts and through review).
            const isAllowed = documentCase.status !== 'published' && reaches(contentMatrix[actor].update, documentCase)

            it(`should ${isAllowed ? 'let' : 'not let'} ${actor} update ${describeCase(documentCase)}`, async () => {
              const doc = await createContent(payload, collection, {
                ...documentCase,
                institution: institutionOf(cast, documentCase),
              })
              const title = unique('改后标题')

              const outcome = await update(payload, door, cast.callers[actor], collection.slug, doc.id, {
                [collection.titleField]: title,
              })

              const stored = await storedContent(payload, collection, doc.id)
              if (isAllowed) {
                expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
                expect(stored?.[collection.titleField]).toBe(title)
              } else {
                expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
                expect(stored?.[collection.titleField]).toBe(doc[collection.titleField])
              }
            })
          }
        }
      })
    }
  })
}
