import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'
import type { Caller } from './doors'

import { createInstitution, unique } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { createCast, localUserOf, signIn } from './cast'
import { createContent, storedContent } from './documents'
import { findByID, isRefusal, toQueryString, update } from './doors'
import { contentCollection, contentCollections, doors } from './matrix'

/**
 * An institution's staff and another institution's documents, beyond the matrix's cells: moving a
 * document away, bulk writes, duplicates, staff of several institutions, and staff of none.
 */

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
})

for (const collection of contentCollections) {
  describe(collection.slug, () => {
    for (const door of doors) {
      it(`should refuse an editor moving its document to another institution through ${door} with a 400 naming ${collection.institutionField}`, async () => {
        const doc = await createContent(payload, collection, { institution: cast.own, status: 'draft' })

        const outcome = await update(payload, door, cast.callers.editor, collection.slug, doc.id, {
          [collection.institutionField]: cast.other,
        })

        expect(outcome).toMatchObject({ ok: false, status: 400 })
        expect(outcome.ok ? [] : outcome.errors.map((error) => error.path)).toContain(collection.institutionField)
        expect((await storedContent(payload, collection, doc.id))?.[collection.institutionField]).toBe(cast.own)
      })
    }

    it('should leave another institution’s documents alone in a bulk update through REST', async () => {
      const theirs = await createContent(payload, collection, { institution: cast.other, status: 'draft' })
      const query = toQueryString({ where: { id: { in: [theirs.id] } } })

      const response = await rest('PATCH', `/${collection.slug}?${query}`, {
        token: cast.callers.editor.token,
        body: { [collection.titleField]: unique('批量') },
      })

      expect(response.json?.docs ?? []).toEqual([])
      expect((await storedContent(payload, collection, theirs.id))?.[collection.titleField]).toBe(
        theirs[collection.titleField],
      )
    })

    it('should leave another institution’s documents alone in a bulk update through the Local API', async () => {
      const theirs = await createContent(payload, collection, { institution: cast.other, status: 'draft' })

      await payload
        .update({
          collection: collection.slug,
          where: { id: { in: [theirs.id] } },
          data: { [collection.titleField]: unique('批量') } as never,
          overrideAccess: false,
          user: cast.callers.editor.user,
        })
        .catch(() => undefined)

      expect((await storedContent(payload, collection, theirs.id))?.[collection.titleField]).toBe(
        theirs[collection.titleField],
      )
    })

    it('should refuse an editor deleting its own documents in bulk', async () => {
      const mine = await createContent(payload, collection, { institution: cast.own, status: 'draft' })
      const query = toQueryString({ where: { id: { in: [mine.id] } } })

      const response = await rest('DELETE', `/${collection.slug}?${query}`, { token: cast.callers.editor.token })

      expect(response.json?.docs ?? []).toEqual([])
      expect((await storedContent(payload, collection, mine.id))?.id).toBe(mine.id)
    })

    it('should not let an editor duplicate another institution’s draft', async () => {
      const theirs = await createContent(payload, collection, { institution: cast.other, status: 'draft' })

      const response = await rest('POST', `/${collection.slug}/${theirs.id}/duplicate`, {
        token: cast.callers.editor.token,
        body: { [collection.institutionField]: cast.own },
      })

      expect([403, 404]).toContain(response.status)
      expect(response.text).not.toContain(theirs[collection.titleField])
    })

    it('should let a reviewer of two institutions read the drafts of both, and no others', async () => {
      const second = (await createInstitution(payload)).id
      const reviewer = await signIn(payload, ['reviewer'], [cast.own, second])
      const drafts = await Promise.all(
        [cast.own, second, cast.other].map((institution) =>
          createContent(payload, collection, { institution, status: 'draft' }),
        ),
      )

      const visible = await Promise.all(
        drafts.map(async (draft) => (await findByID(payload, 'rest', reviewer, collection.slug, draft.id)).ok),
      )

      expect(visible).toEqual([true, true, false])
    })

    it('should scope a Local API user whose institutions are populated like one whose are not', async () => {
      const user = await localUserOf(payload, cast.callers.editor.user!.id, 1)
      const caller = { actor: 'editor' as const, user }
      const mine = await createContent(payload, collection, { institution: cast.own, status: 'draft' })
      const theirs = await createContent(payload, collection, { institution: cast.other, status: 'draft' })

      const visible = [
        (await findByID(payload, 'local', caller, collection.slug, mine.id)).ok,
        (await findByID(payload, 'local', caller, collection.slug, theirs.id)).ok,
      ]

      expect(visible).toEqual([true, false])
    })
  })
}

describe('staff of no institution', () => {
  // An account keeps its roles when its only institution is deleted: it must fall back to what the
  // public sees, not to an `in: []` query that a database might read as "everything" or reject.
  const disclosureItems = contentCollection('disclosure-items')
  let orphan: Caller

  beforeAll(async () => {
    const institution = (await createInstitution(payload)).id
    orphan = await signIn(payload, ['editor'], [institution])
    await payload.delete({ collection: 'institutions', id: institution })
    const { institutions } = await localUserOf(payload, orphan.user!.id)
    if ((institutions as unknown[]).length > 0) throw new Error(`still belongs to ${JSON.stringify(institutions)}`)
  })

  it('should read only the public documents of other institutions', async () => {
    const draft = await createContent(payload, disclosureItems, { institution: cast.other, status: 'draft' })
    const published = await createContent(payload, disclosureItems, { institution: cast.other, status: 'published' })

    const visible = await Promise.all(
      [draft, published].map(async (doc) => (await findByID(payload, 'rest', orphan, 'disclosure-items', doc.id)).ok),
    )

    expect(visible).toEqual([false, true])
  })

  it('should update nothing', async () => {
    const published = await createContent(payload, disclosureItems, { institution: cast.other, status: 'published' })

    const outcome = await update(payload, 'rest', orphan, 'disclosure-items', published.id, { title: unique('无主') })

    expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
  })
})
