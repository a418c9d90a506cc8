import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { getTestPayload, rest } from '../../helpers/domainConfig'
import { createInstitution, createUser, ensureCategory } from '../../helpers/fixtures'
import { publishableItem, publishItem } from './items'

const SETTINGS = 'catalogue-numbering-settings'

let payload: Payload
let theme: number
let office: SignedInUser

beforeAll(async () => {
  payload = await getTestPayload()
  theme = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
  office = await createUser(payload, { roles: ['disclosure-office'] })
})

type Execute = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }> }
const db = () => (payload.db as unknown as { drizzle: Execute }).drizzle

/**
 * Makes published items look as if they were published before numbering was enabled: no number on
 * the document or its versions, none in the register, no counter for the institution, and their
 * versions dated when they were (so) published.
 */
const forgetNumbers = async ({
  ids,
  creditCode,
  versionDates,
}: {
  ids: number[]
  creditCode: string
  versionDates: Map<number | string, string>
}) => {
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )
  await db().execute(sql`update disclosure_items set index_number = null where id in (${list})`)
  await db().execute(sql`update _disclosure_items_v set version_index_number = null where parent_id in (${list})`)
  await db().execute(
    sql`delete from catalogue_numbers where collection_slug = 'disclosure-items' and document_id in (${sql.join(
      ids.map((id) => sql`${String(id)}`),
      sql`, `,
    )})`,
  )
  await db().execute(sql`delete from catalogue_counters where key like ${`${creditCode}%`}`)
  for (const [versionId, createdAt] of versionDates) {
    await db().execute(sql`update _disclosure_items_v set created_at = ${createdAt} where id = ${versionId}`)
  }
}

const versionsOf = async (id: number) =>
  (
    await payload.findVersions({
      collection: 'disclosure-items',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      depth: 0,
      limit: 0,
    })
  ).docs

const backfillState = async () => (await payload.findGlobal({ slug: SETTINGS, depth: 0 })).backfill

/** Polls the settings global until the backfill finished (or failed, which fails the test). */
const backfillFinished = async (timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const state = await backfillState()
    if (state?.status === 'done') return state
    if (state?.status === 'failed') throw new Error(`backfill failed: ${state.error}`)
    if (Date.now() > deadline) throw new Error(`backfill still ${state?.status} after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const backfillJobs = () =>
  payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'backfillIndexNumbers' } } })

describe('backfilling index numbers', () => {
  it('should refuse to start a backfill for the public and for editors', async () => {
    const editor = await createUser(payload, {
      roles: ['editor'],
      institutions: [(await createInstitution(payload)).id],
    })
    const before = (await backfillJobs()).totalDocs
    expect((await rest('POST', '/catalogue/backfill')).status).toBe(403)
    expect((await rest('POST', '/catalogue/backfill', { token: editor.token })).status).toBe(403)
    expect((await backfillJobs()).totalDocs).toBe(before)
  })

  it(
    'should number items published before numbering, in first-publication order, with the year each was made',
    { timeout: 120_000 },
    async () => {
      const institution = await createInstitution(payload)
      const creditCode = institution.creditCode!
      // Created first, published last: neither id nor creation order is publication order.
      // Each made when it was first published: the number's year is the year made.
      const late = await payload.create({
        context: systemPublishContext(),
        collection: 'disclosure-items',
        data: {
          ...publishableItem({ institution: institution.id, theme, dateMade: '2016-03-01' }),
          _status: 'draft' as const,
        },
        draft: true,
        depth: 0,
      })
      const first = await publishItem(payload, { institution: institution.id, theme, dateMade: '2015-07-01' })
      // 00:30 on 1 January 2016 in Beijing: 2015 in UTC, 2016 in the office's calendar.
      const second = await publishItem(payload, {
        institution: institution.id,
        theme,
        dateMade: '2015-12-31T16:30:00.000Z',
      })
      await payload.update({
        context: systemPublishContext(),
        collection: 'disclosure-items',
        id: late.id,
        data: { _status: 'published' },
        depth: 0,
      })
      const withdrawn = await publishItem(payload, { institution: institution.id, theme })
      await payload.update({
        context: systemPublishContext(),
        collection: 'disclosure-items',
        id: withdrawn.id,
        data: { _status: 'draft' },
        depth: 0,
      })

      const [lateDraft, latePublished] = await versionsOf(late.id)
      const versionDates = new Map<number | string, string>([
        // A draft saved long before any publication does not count as publication.
        [lateDraft!.id, '2014-01-01T00:00:00.000Z'],
        [latePublished!.id, '2016-03-01T02:00:00.000Z'],
        [(await versionsOf(first.id))[0]!.id, '2015-07-01T02:00:00.000Z'],
        [(await versionsOf(second.id))[0]!.id, '2015-12-31T16:30:00.000Z'],
        [(await versionsOf(withdrawn.id))[0]!.id, '2015-01-01T02:00:00.000Z'],
      ])
      await forgetNumbers({ ids: [late.id, first.id, second.id, withdrawn.id], creditCode, versionDates })

      const started = await rest('POST', '/catalogue/backfill', { token: office.token })
      expect(started.status, started.text).toBe(202)
      expect(started.json).toMatchObject({ status: 'queued', jobId: expect.anything() })
      const progress = await backfillFinished()

      const numberOf = async (id: number) =>
        (await payload.findByID({ collection: 'disclosure-items', id, depth: 0 })).indexNumber ?? null
      expect({
        first: await numberOf(first.id),
        second: await numberOf(second.id),
        late: await numberOf(late.id),
        withdrawn: await numberOf(withdrawn.id),
      }).toEqual({
        first: `${creditCode}/2015-00001`,
        second: `${creditCode}/2016-00001`,
        late: `${creditCode}/2016-00002`,
        // Unpublished items are left for their next publication.
        withdrawn: null,
      })
      expect(progress).toMatchObject({ status: 'done', done: progress!.total, finishedAt: expect.any(String) })
      expect(progress!.total).toBeGreaterThanOrEqual(3)

      const { docs: register } = await payload.find({
        collection: 'catalogue-numbers',
        where: { indexNumber: { like: creditCode } },
        sort: 'indexNumber',
        depth: 0,
      })
      expect(
        register.map(({ indexNumber, documentId, source, status }) => ({ indexNumber, documentId, source, status })),
      ).toEqual([
        {
          indexNumber: `${creditCode}/2015-00001`,
          documentId: String(first.id),
          source: 'backfilled',
          status: 'assigned',
        },
        {
          indexNumber: `${creditCode}/2016-00001`,
          documentId: String(second.id),
          source: 'backfilled',
          status: 'assigned',
        },
        {
          indexNumber: `${creditCode}/2016-00002`,
          documentId: String(late.id),
          source: 'backfilled',
          status: 'assigned',
        },
      ])

      // Run again: nothing of these is renumbered.
      expect((await rest('POST', '/catalogue/backfill', { token: office.token })).status).toBe(202)
      await backfillFinished()
      expect(await numberOf(first.id)).toBe(`${creditCode}/2015-00001`)
      expect(await numberOf(late.id)).toBe(`${creditCode}/2016-00002`)
      // Ordinary publishing continues each year's counter after the backfilled numbers.
      const next = await publishItem(payload, { institution: institution.id, theme, dateMade: '2016-06-01' })
      expect(next.indexNumber).toBe(`${creditCode}/2016-00003`)
    },
  )
})
