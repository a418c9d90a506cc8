import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { GenerateResult } from '../../../bench/generate/generateItems'
import type { Office } from '../workflow-approval/setup'

import { generateItems } from '../../../bench/generate/generateItems'
import { documentLexemes } from '../../../plugins/portal-publishing/search/lexemes'
import { plainText } from '../../../plugins/portal-publishing/search/plainText'
import { NOTICE_GENRES } from '../../../plugins/timeliness/defaults'
import { workingCalendarOf } from '../../../src/lib/platform/workingCalendar'
import { countWorkingDays, disclosureDueDate, toLocalDate } from '../../../src/lib/platform/workingDays'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { act, createOffice } from '../workflow-approval/setup'

/**
 * The benchmark's bulk generator writes rows in SQL, bypassing Payload: these checks read them back
 * through the platform itself (REST, Local API, the portal's search, the catalogue lookup, a real
 * publish) to show the rows are what publishing would have written. The items are kept to one fresh
 * institution and theme, so other suites on the shared database do not see them in their filters.
 */
const ITEMS = 2_000
const SIGNOFF = 5

let payload: Payload
let office: Office
let generated: GenerateResult

type Pool = { query: <T>(text: string, values?: unknown[]) => Promise<{ rows: T[] }> }
const query = <T>(text: string, values?: unknown[]) =>
  (payload.db as unknown as { pool: Pool }).pool.query<T>(text, values)

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  generated = await generateItems({
    payload,
    items: ITEMS,
    awaitingSignoff: SIGNOFF,
    institutions: [office.institutionId],
    themes: [office.themeId],
    batchSize: 700,
  })
})

describe('the bulk generator', () => {
  it('should make the mix asked for: mostly published 主动公开, some 依申请公开 and drafts, and the ones waiting in sign-off', async () => {
    const { counts } = generated
    expect(counts.proactive + counts.onRequest + counts.draft).toBe(ITEMS)
    expect(counts.signoff).toBe(SIGNOFF)
    expect(counts.proactive).toBeGreaterThan(ITEMS * 0.75)
    expect(counts.onRequest).toBeGreaterThan(0)
    expect(counts.draft).toBeGreaterThan(0)
    const { rows } = await query<{ status: string; stage: string; method: string; numbered: string; count: string }>(
      `select _status as status, workflow_stage as stage, disclosure_method as method, count(index_number) as numbered, count(*) as count
       from disclosure_items where institution_id = $1 group by 1, 2, 3 order by 1, 2, 3`,
      [office.institutionId],
    )
    expect(rows.map((row) => [row.status, row.stage, row.method, Number(row.numbered), Number(row.count)])).toEqual([
      ['draft', 'draft', 'proactive', 0, counts.draft],
      ['draft', 'signoff', 'proactive', 0, SIGNOFF],
      ['published', 'published', 'proactive', counts.proactive, counts.proactive],
      ['published', 'published', 'on-request', counts.onRequest, counts.onRequest],
    ])
  })

  it('should show anonymous readers exactly the published 主动公开 items, through REST and the Local API', async () => {
    const where = `where[institution][equals]=${office.institutionId}`
    const anonymous = await rest('GET', `/disclosure-items?${where}&limit=1`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.totalDocs).toBe(generated.counts.proactive)

    const local = await payload.find({
      collection: 'disclosure-items',
      where: { institution: { equals: office.institutionId } },
      overrideAccess: false,
      limit: 1,
      depth: 0,
    })
    expect(local.totalDocs).toBe(generated.counts.proactive)

    const { rows } = await query<{ id: number; method: string; status: string }>(
      `select distinct on (_status, disclosure_method) id, disclosure_method as method, _status as status
       from disclosure_items where institution_id = $1 and (_status = 'draft' or disclosure_method = 'on-request')`,
      [office.institutionId],
    )
    expect(rows.map((row) => `${row.status} ${row.method}`).sort()).toEqual(['draft proactive', 'published on-request'])
    for (const hidden of rows) expect((await rest('GET', `/disclosure-items/${hidden.id}`)).status).toBe(404)

    const staff = await rest('GET', `/disclosure-items?${where}&limit=1&draft=true`, {
      token: office.cast.editor.token,
    })
    expect(staff.json.totalDocs).toBe(ITEMS + SIGNOFF)
  })

  it('should register every number, resolve it through the catalogue lookup, and index the item for search', async () => {
    const { rows: unregistered } = await query<{ count: string }>(
      `select count(*) from disclosure_items item
       left join catalogue_numbers register on register.index_number = item.index_number
         and register.collection_slug = 'disclosure-items' and register.document_id = item.id::text and register.status = 'assigned'
       where item.institution_id = $1 and item.index_number is not null and register.id is null`,
      [office.institutionId],
    )
    expect(Number(unregistered[0]!.count)).toBe(0)

    const item = generated.sample[0]!
    expect(item.indexNumber).toMatch(new RegExp(`^${office.creditCode}/20(1[6-9]|2[0-6])-\\d{5}$`))
    const [front, back] = item.indexNumber.split('/')
    const lookup = await rest('GET', `/catalogue/${encodeURIComponent(front!)}/${encodeURIComponent(back!)}`)
    expect(lookup.status).toBe(200)
    expect(lookup.json).toMatchObject({ indexNumber: item.indexNumber, collection: 'disclosure-items', id: item.id })

    const search = await rest(
      'GET',
      `/portal/search?q=${encodeURIComponent(item.title)}&institution=${office.institutionId}&limit=50`,
    )
    expect(search.status).toBe(200)
    expect(search.json.totalDocs).toBeGreaterThan(0)
    expect(search.json.docs.map((hit: { title: string }) => hit.title)).toContain(item.title)
    const byNumber = await rest('GET', `/portal/search?q=${encodeURIComponent(item.indexNumber)}`)
    expect(byNumber.json.docs[0]).toMatchObject({ indexNumber: item.indexNumber })

    const { rows: indexed } = await query<{ count: string }>(
      `select count(*) from search_index where institution = $1`,
      [office.institutionId],
    )
    expect(Number(indexed[0]!.count)).toBe(generated.counts.proactive)
  })

  it('should store the body lexemes the portal tokenizer gives for the whole body text', async () => {
    const ids = generated.sample.slice(0, 20).map((item) => String(item.id))
    const { rows } = await query<{ body: unknown; lexemes: string; bodyText: string }>(
      `select item.body, search.lexemes_body as lexemes, search.body_text as "bodyText" from search_index search
       join disclosure_items item on item.id::text = search.doc_id where search.doc_collection = 'disclosure-items' and search.doc_id = any($1)`,
      [ids],
    )
    expect(rows.length).toBe(ids.length)
    for (const row of rows) {
      expect(row.bodyText).toBe(plainText(row.body))
      expect(row.bodyText.length).toBeGreaterThan(700)
      expect(new Set(row.lexemes.split(' '))).toEqual(new Set(documentLexemes(plainText(row.body))))
    }
  })

  it('should keep versions as Payload does: one latest per item, agreeing with the item, a draft before each published one', async () => {
    const { rows } = await query<{ versions: string; latest: string; agreeing: string; published: string }>(
      `select count(*) as versions, count(*) filter (where version.latest) as latest,
         count(*) filter (where version.latest and version.version__status::text = item._status::text
           and version.version_index_number is not distinct from item.index_number and version.version_title = item.title) as agreeing,
         count(distinct item.id) filter (where item._status = 'published') as published
       from disclosure_items item join _disclosure_items_v version on version.parent_id = item.id where item.institution_id = $1`,
      [office.institutionId],
    )
    const total = ITEMS + SIGNOFF
    const published = generated.counts.proactive + generated.counts.onRequest
    expect(rows[0]).toEqual({
      versions: String(total + published),
      latest: String(total),
      agreeing: String(total),
      published: String(published),
    })

    const item = generated.sample[1]!
    const versions = await payload.findVersions({
      collection: 'disclosure-items',
      where: { parent: { equals: item.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(versions.docs.map((version) => version.version._status)).toEqual(['draft', 'published'])
  })

  it('should let a real final approval continue the numbering: the next serial of its counter, no clash', async () => {
    const id = generated.signoffIds[0]!
    const { rows: waiting } = await query<{ date_made: Date }>(`select date_made from disclosure_items where id = $1`, [
      id,
    ])
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(
      waiting[0]!.date_made,
    )
    const prefix = `${office.creditCode}/${year}-`
    const { rows: before } = await query<{ last: null | number }>(
      `select max(substring(index_number from '\\d+$')::int) as last from disclosure_items where index_number like $1`,
      [`${prefix}%`],
    )
    expect(before[0]!.last).toBeGreaterThan(0)

    const signed = await act(office.cast.signer, id, { action: 'approve', disclosureMethod: 'proactive' })
    expect(signed.status).toBe(200)
    const published = await payload.findByID({ collection: 'disclosure-items', id, depth: 0 })
    expect(published._status).toBe('published')
    expect(published.indexNumber).toBe(`${prefix}${String(before[0]!.last! + 1).padStart(5, '0')}`)
    expect((await rest('GET', `/disclosure-items/${id}`)).status).toBe(200)
    const search = await rest('GET', `/portal/search?q=${encodeURIComponent(published.indexNumber!)}`)
    expect(search.json.docs[0]).toMatchObject({ indexNumber: published.indexNumber })
  })

  it("should record each published item's Art. 26 publication as the final approval would, by the workflow's calendar", async () => {
    const calendar = await workingCalendarOf({ payload, slug: 'workflow-calendar', timeZone: 'Asia/Shanghai' })
    const { docs } = await payload.find({
      collection: 'disclosure-items',
      where: { institution: { equals: office.institutionId }, _status: { equals: 'published' } },
      select: { dateMade: true, publication: true, updatedAt: true },
      depth: 0,
      limit: 300,
      sort: 'id',
    })
    expect(docs.length).toBe(300)
    for (const doc of docs) {
      const made = toLocalDate(doc.dateMade!, 'Asia/Shanghai')
      const publishedOn = doc.publication!.publishedOn!
      const dueOn = disclosureDueDate({ dateMade: made, calendar })
      expect(doc.publication).toEqual({
        publishedOn,
        dueOn: `${dueOn}T00:00:00.000Z`,
        workingDaysToPublish: countWorkingDays({ from: made, to: publishedOn, calendar, timeZone: 'Asia/Shanghai' }),
        isLate: toLocalDate(publishedOn, 'Asia/Shanghai') > dueOn,
      })
      expect(publishedOn).toBe(doc.updatedAt)
    }
    // Some late, most not: the report has something to find, as in a real catalogue.
    const late = docs.filter((doc) => doc.publication?.isLate).length
    expect(late).toBeGreaterThan(0)
    expect(late).toBeLessThan(docs.length / 4)
  })

  it('should count the timeliness report in SQL exactly as the rows say: months, on time, late items, stale columns', async () => {
    // To a day months after the last generated publish (and before any of this file's real ones): both columns stale.
    const from = '2016-01-01'
    const to = '2026-11-01'
    const response = await rest('GET', `/timeliness/report?from=${from}&to=${to}&institution=${office.institutionId}`, {
      token: office.cast['disclosure-office'].token,
    })
    expect(response.status).toBe(200)
    type Count = {
      institution: number
      month: string
      published: number
      withDeadline: number
      onTime: number
      late: number
    }
    const report = response.json as {
      counts: Count[]
      institutions: Array<{
        institution: number
        latePublications: Array<{ id: number }>
        staleColumns: Array<{ kind: string; lastPublishedOn: string }>
      }>
    }
    // The same documents read whole and counted here, one by one.
    const { docs } = await payload.find({
      collection: 'disclosure-items',
      where: { institution: { equals: office.institutionId }, 'publication.publishedOn': { exists: true } },
      select: { genre: true, publication: true },
      depth: 0,
      pagination: false,
    })
    const day = (value: string) => toLocalDate(value, 'Asia/Shanghai')
    const inPeriod = docs.filter((doc) => day(doc.publication!.publishedOn!) <= to)
    const expected = new Map<string, Count>()
    for (const doc of inPeriod) {
      const month = day(doc.publication!.publishedOn!).slice(0, 7)
      const entry = expected.get(month) ?? {
        institution: office.institutionId,
        month,
        published: 0,
        withDeadline: 0,
        onTime: 0,
        late: 0,
      }
      entry.published += 1
      if (doc.publication!.dueOn) entry.withDeadline += 1
      if (doc.publication!.dueOn && !doc.publication!.isLate) entry.onTime += 1
      if (doc.publication!.isLate) entry.late += 1
      expected.set(month, entry)
    }
    expect(report.counts).toEqual([...expected.values()].sort((a, b) => a.month.localeCompare(b.month)))
    expect(report.counts.reduce((sum, row) => sum + row.published, 0)).toBeGreaterThan(ITEMS / 2)

    const findings = report.institutions.find((entry) => entry.institution === office.institutionId)
    expect(findings?.latePublications.map((row) => row.id).sort((a, b) => a - b)).toEqual(
      inPeriod
        .filter((doc) => doc.publication!.isLate)
        .map((doc) => doc.id)
        .sort((a, b) => a - b),
    )
    // The news column: the newest item of any genre but a notice's, judged on the period's last day.
    const notices = new Set(
      (
        await payload.find({ collection: 'categories', where: { code: { in: NOTICE_GENRES } }, depth: 0, limit: 10 })
      ).docs.map((doc) => doc.id),
    )
    const newestNews = inPeriod
      .filter((doc) => doc.genre == null || !notices.has(doc.genre as number))
      .map((doc) => day(doc.publication!.publishedOn!))
      .sort()
      .at(-1)
    expect(newestNews! < '2026-10-01').toBe(true)
    expect(findings?.staleColumns.find((column) => column.kind === 'news')?.lastPublishedOn).toBe(newestNews)
  })
})
