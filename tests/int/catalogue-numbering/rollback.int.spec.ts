import type { Payload } from 'payload'

import crypto from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'

import { takeNextSerial } from '../../../plugins/catalogue-numbering/counter'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { getTestPayload, rest } from '../../helpers/domainConfig'
import { createInstitution, createUser, ensureCategory } from '../../helpers/fixtures'
import { currentYear, publishableItem, publishItem, serialOf } from './items'
import { expectRefused } from './refusals'

let payload: Payload
let theme: number
let office: SignedInUser

beforeAll(async () => {
  payload = await getTestPayload()
  theme = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
  office = await createUser(payload, { roles: ['disclosure-office'] })
})

const registered = async (indexNumber: string) =>
  (await payload.find({ collection: 'catalogue-numbers', where: { indexNumber: { equals: indexNumber } }, depth: 0 }))
    .docs

describe('gapless numbering when a publish fails', () => {
  it('should give the serial of a rolled-back publish to the next publish', async () => {
    const institution = await createInstitution(payload)
    await publishItem(payload, { institution: institution.id, theme })
    const draft = await payload.create({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      data: { ...publishableItem({ institution: institution.id, theme }), _status: 'draft' as const },
      draft: true,
      depth: 0,
    })

    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    let taken: null | string | undefined
    try {
      const inTransaction = await payload.update({
        context: systemPublishContext(),
        collection: 'disclosure-items',
        id: draft.id,
        data: { _status: 'published' },
        depth: 0,
        req,
      })
      taken = inTransaction.indexNumber
    } finally {
      await killTransaction(req)
    }
    expect(taken).toBe(`${institution.creditCode}/${currentYear()}-00002`)

    const afterRollback = await payload.findByID({ collection: 'disclosure-items', id: draft.id, depth: 0 })
    expect(afterRollback.indexNumber ?? null).toBeNull()
    expect(await registered(taken!)).toEqual([])
    const next = await publishItem(payload, { institution: institution.id, theme })
    expect(next.indexNumber).toBe(taken)
  })

  it('should leave no gap when a publish fails validation after its number was taken', async () => {
    const institution = await createInstitution(payload)
    await publishItem(payload, { institution: institution.id, theme })
    // Field validation (the body is required to publish) runs after the collection's beforeChange hooks,
    // so this publish takes serial 2 before it is refused.
    const refused = await rest('POST', '/disclosure-items', {
      token: office.token,
      body: { ...publishableItem({ institution: institution.id, theme }), body: null },
    })
    expectRefused(refused, 'body')
    const next = await publishItem(payload, { institution: institution.id, theme })
    expect(serialOf(next.indexNumber)).toBe(2)
  })
})

describe('the counter in either mode', () => {
  /** Takes a serial inside a transaction that is then rolled back, as a failed publish would. */
  const takeAndRollBack = async (key: string, gapless: boolean) => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      return await takeNextSerial(req, key, { gapless })
    } finally {
      await killTransaction(req)
    }
  }
  const takeCommitted = async (key: string) => takeNextSerial(await createLocalReq({}, payload), key, { gapless: true })

  it('should give a rolled-back serial back in gapless mode', async () => {
    const key = `rollback-gapless-${crypto.randomUUID()}`
    expect(await takeAndRollBack(key, true)).toBe(1)
    expect(await takeCommitted(key)).toBe(1)
  })

  it('should keep a rolled-back serial used (a gap, never a reuse) when numbering is not gapless', async () => {
    const key = `rollback-not-gapless-${crypto.randomUUID()}`
    expect(await takeAndRollBack(key, false)).toBe(1)
    expect(await takeAndRollBack(key, false)).toBe(2)
    expect(await takeCommitted(key)).toBe(3)
  })

  it('should not deadlock when more transactions than pooled connections take serials at once, when not gapless', async () => {
    const key = `pool-not-gapless-${crypto.randomUUID()}`
    // Three times the pool: every pooled connection holds an open transaction while its serial is taken.
    const serials = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const req = await createLocalReq({}, payload)
        await initTransaction(req)
        try {
          return await takeNextSerial(req, key, { gapless: false })
        } finally {
          await commitTransaction(req)
        }
      }),
    )
    expect(serials.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
  })
})

describe('serial overflow', () => {
  it('should refuse the publish whose serial does not fit the padding, naming indexNumber and the width, without moving the counter', async () => {
    const institution = await createInstitution(payload, { indexNumberPattern: '{creditCode}/{yyyy}-{serial:1}' })
    const year = currentYear()
    for (let serial = 1; serial <= 9; serial++) {
      const item = await publishItem(payload, { institution: institution.id, theme })
      expect(item.indexNumber).toBe(`${institution.creditCode}/${year}-${serial}`)
    }

    const tenth = await rest('POST', '/disclosure-items', {
      token: office.token,
      body: publishableItem({ institution: institution.id, theme }),
    })
    expectRefused(tenth, 'indexNumber', '{serial:1}', '1 位', 'does not fit')
    const { totalDocs } = await payload.count({
      collection: 'disclosure-items',
      where: { institution: { equals: institution.id } },
    })
    expect(totalDocs).toBe(9)

    // A wider serial keeps the counter (the key is the number without its serial): had the refused
    // publish moved it, this would be 11.
    await payload.update({
      collection: 'institutions',
      id: institution.id,
      data: { indexNumberPattern: '{creditCode}/{yyyy}-{serial:2}' },
    })
    const widened = await publishItem(payload, { institution: institution.id, theme })
    expect(widened.indexNumber).toBe(`${institution.creditCode}/${year}-10`)
  })
})
