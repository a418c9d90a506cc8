import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'
import type { Placement } from './matrix'

import { getTestPayload } from '../../helpers/payload'
import { createCast } from './cast'
import { contentData, createContent, storedContent } from './documents'
import { create, isRefusal, remove } from './doors'
import { actors, contentCollections, contentMatrix, doors, reaches } from './matrix'

/** Create and delete cells of the content matrix: every actor × own/other institution × every door. */

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
})

const placements: readonly Placement[] = ['own', 'other']
const institutionFor = (placement: Placement) => (placement === 'own' ? cast.own : cast.other)
const whose = (placement: Placement) => (placement === 'own' ? 'its own institution' : 'another institution')

for (const collection of contentCollections) {
  describe(collection.slug, () => {
    for (const door of doors) {
      describe(`through ${door}`, () => {
        for (const actor of actors) {
          for (const placement of placements) {
            const reach = contentMatrix[actor].create
            const isAllowed = reaches(reach, { placement, status: 'draft' })

            if (isAllowed) {
              it(`should let ${actor} create a draft for ${whose(placement)}`, async () => {
                const data = await contentData(payload, collection, {
                  institution: institutionFor(placement),
                  status: 'draft',
                })
                const outcome = await create(payload, door, cast.callers[actor], collection.slug, data)
                expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
                const stored = await storedContent(payload, collection, outcome.ok ? outcome.doc.id : -1)
                expect(stored?.[collection.titleField]).toBe(data[collection.titleField])
              })
            } else if (reach === 'nothing') {
              it(`should refuse ${actor} creating a draft for ${whose(placement)}`, async () => {
                const data = await contentData(payload, collection, {
                  institution: institutionFor(placement),
                  status: 'draft',
                })
                const outcome = await create(payload, door, cast.callers[actor], collection.slug, data)
                expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
              })
            } else {
              // A role that may create is told which field is wrong.
              it(`should refuse ${actor} creating a draft for ${whose(placement)} with a 400 naming ${collection.institutionField}`, async () => {
                const data = await contentData(payload, collection, {
                  institution: institutionFor(placement),
                  status: 'draft',
                })
                const outcome = await create(payload, door, cast.callers[actor], collection.slug, data)
                expect(outcome).toMatchObject({ ok: false, status: 400 })
                expect(outcome.ok ? [] : outcome.errors.map((error) => error.path)).toContain(
                  collection.institutionField,
                )
              })
            }

            const mayDelete = reaches(contentMatrix[actor].delete, { placement, status: 'published' })

            it(`should ${mayDelete ? 'let' : 'not let'} ${actor} delete a published document of ${whose(placement)}`, async () => {
              const doc = await createContent(payload, collection, {
                institution: institutionFor(placement),
                status: 'published',
              })

              const outcome = await remove(payload, door, cast.callers[actor], collection.slug, doc.id)

              const stored = await storedContent(payload, collection, doc.id)
              if (mayDelete) {
                expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
                expect(stored).toBeNull()
              } else {
                expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
                expect(stored?.id).toBe(doc.id)
              }
            })
          }
        }
      })
    }
  })
}
