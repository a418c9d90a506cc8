import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'
import type { ContentCollection, Placement } from './matrix'

import { unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createCast } from './cast'
import { createContent, storedContent } from './documents'
import { find, findByID, findVersionByID, findVersions, isRefusal, restoreVersion } from './doors'
import { actors, contentCollections, contentMatrix, doors, reaches } from './matrix'

/**
 * Drafts and versions: a published document with a newer, unpublished draft. Only those who may read
 * the document's drafts see the draft, whether through `draft=true` or the versions endpoints; the
 * others see the published text, or nothing.
 */

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
})

const placements: readonly Placement[] = ['own', 'other']
const whose = (placement: Placement) => (placement === 'own' ? 'its own institution’s' : 'another institution’s')

type DraftedDocument = {
  id: number
  publishedTitle: string
  draftTitle: string
  publishedVersion: number
  draftVersion: number
}

/** A published, proactively disclosed document whose title was then changed in a draft. */
const publishedWithNewerDraft = async (
  collection: ContentCollection,
  institution: number,
): Promise<DraftedDocument> => {
  const doc = await createContent(payload, collection, {
    institution,
    status: 'published',
    title: unique('已发布标题'),
  })
  const draftTitle = unique('未发布草稿标题')
  await payload.update({
    collection: collection.slug,
    id: doc.id,
    data: { [collection.titleField]: draftTitle } as never,
    draft: true,
  })
  const { docs } = await payload.findVersions({
    collection: collection.slug,
    where: { parent: { equals: doc.id } },
    sort: 'createdAt',
    pagination: false,
  })
  return {
    id: doc.id,
    publishedTitle: doc[collection.titleField],
    draftTitle,
    publishedVersion: docs.at(-2)!.id as unknown as number,
    draftVersion: docs.at(-1)!.id as unknown as number,
  }
}

for (const collection of contentCollections) {
  describe(collection.slug, () => {
    const drafted = {} as Record<Placement, DraftedDocument>

    beforeAll(async () => {
      drafted.own = await publishedWithNewerDraft(collection, cast.own)
      drafted.other = await publishedWithNewerDraft(collection, cast.other)
    })

    for (const door of doors) {
      describe(`through ${door}`, () => {
        for (const actor of actors) {
          for (const placement of placements) {
            const seesDrafts = reaches(contentMatrix[actor].read, { placement, status: 'draft' })
            const seesVersions = reaches(contentMatrix[actor].readVersions, { placement, status: 'draft' })

            it(`should show ${actor} ${seesDrafts ? 'the newer draft' : 'only the published text'} of ${whose(placement)} document asked by id with draft=true`, async () => {
              const { id, draftTitle, publishedTitle } = drafted[placement]
              const outcome = await findByID(payload, door, cast.callers[actor], collection.slug, id, {
                draft: true,
                fields: [collection.titleField],
              })
              expect(outcome).toMatchObject({
                ok: true,
                doc: { [collection.titleField]: seesDrafts ? draftTitle : publishedTitle },
              })
            })

            it(`should ${seesDrafts ? 'list' : 'not list'} for ${actor} the newer draft of ${whose(placement)} document with draft=true`, async () => {
              const { id, draftTitle } = drafted[placement]
              const outcome = await find(
                payload,
                door,
                cast.callers[actor],
                collection.slug,
                { id: { equals: id } },
                { draft: true, fields: [collection.titleField] },
              )
              if (!outcome.ok) throw new Error(JSON.stringify(outcome))
              const titles = outcome.docs.map((doc) => doc[collection.titleField])
              if (seesDrafts) expect(titles).toEqual([draftTitle])
              else expect(titles).not.toContain(draftTitle)
            })

            it(`should ${seesVersions ? 'list' : 'not list'} for ${actor} the versions of ${whose(placement)} document`, async () => {
              const { id, draftTitle, publishedTitle } = drafted[placement]
              const outcome = await findVersions(
                payload,
                door,
                cast.callers[actor],
                collection.slug,
                { parent: { equals: id } },
                [collection.titleField],
              )
              if (seesVersions) {
                if (!outcome.ok) throw new Error(JSON.stringify(outcome))
                expect(outcome.docs.map((doc) => doc.version[collection.titleField])).toEqual(
                  expect.arrayContaining([draftTitle, publishedTitle]),
                )
              } else {
                expect(isRefusal(outcome) || (outcome.ok && outcome.docs.length === 0), JSON.stringify(outcome)).toBe(
                  true,
                )
              }
            })

            it(`should ${seesVersions ? 'let' : 'not let'} ${actor} read the draft version of ${whose(placement)} document by id`, async () => {
              const { draftVersion, draftTitle } = drafted[placement]
              const outcome = await findVersionByID(payload, door, cast.callers[actor], collection.slug, draftVersion, [
                collection.titleField,
              ])
              if (seesVersions)
                expect(outcome).toMatchObject({ ok: true, doc: { version: { [collection.titleField]: draftTitle } } })
              else expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
            })

            // Restoring the published version over a newer draft would publish outside the review
            // workflow: refused for every role, whatever it may otherwise update.
            it(`should not let ${actor} restore the published version of ${whose(placement)} document`, async () => {
              const { id, publishedVersion, draftTitle } = await publishedWithNewerDraft(
                collection,
                placement === 'own' ? cast.own : cast.other,
              )

              const outcome = await restoreVersion(
                payload,
                door,
                cast.callers[actor],
                collection.slug,
                publishedVersion,
              )

              const stored = await storedContent(payload, collection, id)
              expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
              expect(stored?.[collection.titleField]).toBe(draftTitle)
            })
          }
        }
      })
    }
  })
}
