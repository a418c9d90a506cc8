import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { getTestPayload } from '../../helpers/domainConfig'
import { createInstitution, ensureCategory } from '../../helpers/fixtures'
import { currentYear, oneTo, publishableItem, serialOf } from './items'

let payload: Payload
let theme: number

beforeAll(async () => {
  payload = await getTestPayload()
  theme = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
})

const PUBLISHES = 200

describe('index numbers under concurrent publishing', () => {
  it(
    'should give 200 simultaneous publishes of one institution 200 distinct, gapless numbers',
    { timeout: 180_000 },
    async () => {
      const institution = await createInstitution(payload)
      const items = await Promise.all(
        oneTo(PUBLISHES).map(() =>
          payload.create({
            context: systemPublishContext(),
            collection: 'disclosure-items',
            data: publishableItem({ institution: institution.id, theme }),
            depth: 0,
          }),
        ),
      )
      const numbers = items.map((item) => item.indexNumber)
      expect(new Set(numbers).size).toBe(PUBLISHES)
      for (const number of numbers)
        expect(number).toMatch(new RegExp(`^${institution.creditCode}/${currentYear()}-\\d{5}$`))
      expect(numbers.map(serialOf).sort((a, b) => a - b)).toEqual(oneTo(PUBLISHES))
    },
  )

  it(
    'should number 200 drafts published at the same moment gaplessly, each draft keeping its own number',
    { timeout: 180_000 },
    async () => {
      const institution = await createInstitution(payload)
      const drafts = await Promise.all(
        oneTo(PUBLISHES).map(() =>
          payload.create({
            context: systemPublishContext(),
            collection: 'disclosure-items',
            data: { ...publishableItem({ institution: institution.id, theme }), _status: 'draft' as const },
            draft: true,
            depth: 0,
          }),
        ),
      )
      expect(drafts.every((draft) => !draft.indexNumber)).toBe(true)
      const published = await Promise.all(
        drafts.map((draft) =>
          payload.update({
            context: systemPublishContext(),
            collection: 'disclosure-items',
            id: draft.id,
            data: { _status: 'published' },
            depth: 0,
          }),
        ),
      )
      expect(published.map((item) => serialOf(item.indexNumber)).sort((a, b) => a - b)).toEqual(oneTo(PUBLISHES))
      // What was returned is what was stored, and the register holds each number once, for its own document.
      const { docs: register } = await payload.find({
        collection: 'catalogue-numbers',
        where: {
          documentId: { in: drafts.map((draft) => String(draft.id)) },
          collectionSlug: { equals: 'disclosure-items' },
        },
        limit: 0,
        depth: 0,
      })
      expect(register).toHaveLength(PUBLISHES)
      const byDocument = new Map(published.map((item) => [String(item.id), item.indexNumber]))
      for (const entry of register) expect(entry.indexNumber).toBe(byDocument.get(entry.documentId))
    },
  )

  it('should give a draft published several times at once (a double submit, two instances) one number', async () => {
    const institution = await createInstitution(payload)
    const draft = await payload.create({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      data: { ...publishableItem({ institution: institution.id, theme }), _status: 'draft' as const },
      draft: true,
      depth: 0,
    })
    const publishes = await Promise.all(
      oneTo(5).map(() =>
        payload.update({
          context: systemPublishContext(),
          collection: 'disclosure-items',
          id: draft.id,
          data: { _status: 'published' },
          depth: 0,
        }),
      ),
    )
    const expected = `${institution.creditCode}/${currentYear()}-00001`
    expect(publishes.map((item) => item.indexNumber)).toEqual(oneTo(5).map(() => expected))
    expect((await payload.findByID({ collection: 'disclosure-items', id: draft.id, depth: 0 })).indexNumber).toBe(
      expected,
    )
    const { docs: register } = await payload.find({
      collection: 'catalogue-numbers',
      where: { documentId: { equals: String(draft.id) } },
      depth: 0,
    })
    expect(register.map((entry) => entry.indexNumber)).toEqual([expected])
    // No serial was spent on the repeats.
    const next = await payload.create({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      data: publishableItem({ institution: institution.id, theme }),
      depth: 0,
    })
    expect(serialOf(next.indexNumber)).toBe(2)
  })
})
