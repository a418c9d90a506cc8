import type { Payload, Where } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'
import type { Actor, ContentCollection, Door, Placement } from './matrix'

import { unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createCast } from './cast'
import { createContent } from './documents'
import { count, find, findByID, findVersions } from './doors'
import { actors, contentCollections, doors, reaches, reviewNotesMatrix } from './matrix'

/**
 * Internal review notes (`reviewNotes`) on documents everyone may read: present for the disclosure
 * office, admins and the document's own institution, absent for everyone else, and impossible to
 * probe with `where` or `sort` for those who may not read them.
 */

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
})

const placements: readonly Placement[] = ['own', 'other']
const whose = (placement: Placement) => (placement === 'own' ? 'its own institution’s' : 'another institution’s')

/** Same answer for a matching and a non-matching value, or the probe told it something. */
const probeAnswer = async (door: Door, actor: Actor, collection: ContentCollection, ids: number[], where: Where) => {
  const outcome = await find(payload, door, cast.callers[actor], collection.slug, { and: [{ id: { in: ids } }, where] })
  return outcome.ok
    ? { ok: true, ids: outcome.ids.filter((id) => ids.includes(id)).sort() }
    : { ok: false, status: outcome.status }
}

const countAnswer = async (door: Door, actor: Actor, collection: ContentCollection, ids: number[], where: Where) => {
  const outcome = await count(payload, door, cast.callers[actor], collection.slug, {
    and: [{ id: { in: ids } }, where],
  })
  return outcome.ok ? { ok: true, totalDocs: outcome.totalDocs } : { ok: false, status: outcome.status }
}

for (const collection of contentCollections) {
  describe(collection.slug, () => {
    const notes = {} as Record<Placement, { id: number; reviewNotes: string }>
    // Two public documents of another institution whose notes sort in opposite orders to their ids.
    const sorted = { ids: [] as number[] }

    beforeAll(async () => {
      for (const placement of placements) {
        const reviewNotes = unique('内部意见')
        const institution = placement === 'own' ? cast.own : cast.other
        const doc = await createContent(payload, collection, { institution, status: 'published', reviewNotes })
        notes[placement] = { id: doc.id, reviewNotes }
      }
      const later = await createContent(payload, collection, {
        institution: cast.other,
        status: 'published',
        reviewNotes: 'ZZZ 后',
      })
      const earlier = await createContent(payload, collection, {
        institution: cast.other,
        status: 'published',
        reviewNotes: 'AAA 前',
      })
      sorted.ids = [later.id, earlier.id]
    })

    for (const door of doors) {
      describe(`through ${door}`, () => {
        for (const actor of actors) {
          for (const placement of placements) {
            const seesNotes = reaches(reviewNotesMatrix[actor], { placement, status: 'published' })

            it(`should ${seesNotes ? 'show' : 'hide from'} ${actor} the review notes of ${whose(placement)} public document`, async () => {
              const { id, reviewNotes } = notes[placement]
              const outcome = await findByID(payload, door, cast.callers[actor], collection.slug, id, {
                fields: ['reviewNotes'],
              })
              if (!outcome.ok) throw new Error(JSON.stringify(outcome))
              if (seesNotes) expect(outcome.doc.reviewNotes).toBe(reviewNotes)
              else expect(outcome.doc.reviewNotes ?? undefined).toBeUndefined()
            })

            it(`should ${seesNotes ? 'list for' : 'hide from'} ${actor} the review notes of ${whose(placement)} public document in a list`, async () => {
              const { id, reviewNotes } = notes[placement]
              const outcome = await find(
                payload,
                door,
                cast.callers[actor],
                collection.slug,
                { id: { equals: id } },
                { fields: ['reviewNotes'] },
              )
              if (!outcome.ok) throw new Error(JSON.stringify(outcome))
              expect(outcome.docs).toHaveLength(1)
              if (seesNotes) expect(outcome.docs[0]!.reviewNotes).toBe(reviewNotes)
              else expect(outcome.docs[0]!.reviewNotes ?? undefined).toBeUndefined()
            })

            if (seesNotes) continue

            // Those who may not read the notes must learn nothing by filtering on them.
            for (const operator of ['equals', 'not_equals', 'like'] as const) {
              it(`should not let ${actor} probe the review notes of ${whose(placement)} document with ${operator}`, async () => {
                const { id, reviewNotes } = notes[placement]
                // The whole value for (not_)equals, its random part for like.
                const probe = operator.endsWith('equals') ? reviewNotes : reviewNotes.slice(-8)
                const matching = await probeAnswer(door, actor, collection, [id], {
                  reviewNotes: { [operator]: probe },
                })
                const other = await probeAnswer(door, actor, collection, [id], {
                  reviewNotes: { [operator]: '并不存在的意见' },
                })
                expect(matching).toEqual(other)
              })
            }

            it(`should not let ${actor} probe the review notes of ${whose(placement)} document with exists`, async () => {
              const { id } = notes[placement]
              const present = await probeAnswer(door, actor, collection, [id], { reviewNotes: { exists: true } })
              const absent = await probeAnswer(door, actor, collection, [id], { reviewNotes: { exists: false } })
              expect(present).toEqual(absent)
            })

            it(`should not let ${actor} count ${whose(placement)} documents by their review notes`, async () => {
              const { id, reviewNotes } = notes[placement]
              const matching = await countAnswer(door, actor, collection, [id], {
                reviewNotes: { equals: reviewNotes },
              })
              const other = await countAnswer(door, actor, collection, [id], {
                reviewNotes: { equals: '并不存在的意见' },
              })
              expect(matching).toEqual(other)
            })
          }

          const seesOthersNotes = reaches(reviewNotesMatrix[actor], { placement: 'other', status: 'published' })

          it(`should ${seesOthersNotes ? 'let' : 'not let'} ${actor} order another institution's documents by their review notes`, async () => {
            const ascending = await find(
              payload,
              door,
              cast.callers[actor],
              collection.slug,
              { id: { in: sorted.ids } },
              { sort: 'reviewNotes' },
            )
            const descending = await find(
              payload,
              door,
              cast.callers[actor],
              collection.slug,
              { id: { in: sorted.ids } },
              { sort: '-reviewNotes' },
            )
            if (seesOthersNotes) {
              expect(ascending.ok && ascending.ids).toEqual([...sorted.ids].reverse())
              expect(descending.ok && descending.ids).toEqual(sorted.ids)
            } else {
              // Refused, or at least in an order that owes nothing to the notes.
              const answer = (outcome: typeof ascending) => (outcome.ok ? outcome.ids : outcome.status)
              expect(answer(ascending)).toEqual(answer(descending))
            }
          })
        }
      })
    }

    // Staff of the institution read the notes in versions too; the versions of another institution's
    // documents are closed to them altogether (versions-and-drafts.int.spec.ts).
    it('should show the own institution’s editor the review notes in a version', async () => {
      const { id, reviewNotes } = notes.own
      const outcome = await findVersions(
        payload,
        'rest',
        cast.callers.editor,
        collection.slug,
        { parent: { equals: id } },
        ['reviewNotes'],
      )
      if (!outcome.ok) throw new Error(JSON.stringify(outcome))
      expect(outcome.docs.map((doc) => doc.version.reviewNotes)).toContain(reviewNotes)
    })
  })
}
