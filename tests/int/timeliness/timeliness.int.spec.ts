import type { Payload } from 'payload'

import { REST_GET } from '@payloadcms/next/routes'
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from '../workflow-approval/steps'

import { localDay } from '../../../src/lib/platform/dates'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { countWorkingDays, isWorkingDay, type WorkCalendar } from '../../../src/lib/platform/workingDays'
import { ensureCategory, lexical, unique } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { config, getTestPayload } from '../../helpers/payload'
import { createOffice, workflowSteps } from '../workflow-approval/steps'

/**
 * The whole app: the final approval records a publish's lateness (workflow-approval), and the timeliness plugin's
 * report lists it per institution with the stale columns, as JSON and as the Art. 47 notice (PDF, DOCX).
 */
const { approveAll, draftItem } = workflowSteps(rest)

let payload: Payload
let today: string

beforeAll(async () => {
  payload = await getTestPayload()
  today = localDay(new Date())
})

const calendarNow = async (): Promise<WorkCalendar> => {
  const calendar = await payload.findGlobal({ slug: 'workflow-calendar', depth: 0 })
  const days = (list?: Array<{ date: string }> | null) => (list ?? []).map((entry) => entry.date.slice(0, 10))
  return { holidays: days(calendar.holidays), adjustedWorkdays: days(calendar.adjustedWorkdays) }
}

/** The day `count` working days before today (so today is the `count`th working day after it). */
const workingDaysAgo = (count: number, calendar: WorkCalendar): string => {
  let day = today
  let counted = 0
  const before = (value: string) => new Date(Date.parse(`${value}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
  // Today counts when it is a working day; step back over the working days before it.
  if (isWorkingDay({ day, calendar })) counted = 1
  while (counted < count) {
    day = before(day)
    if (isWorkingDay({ day, calendar })) counted += 1
  }
  return before(day)
}

/** A working day strictly between `from` and today, made a holiday in the calendar (kept beside what is there). */
const addHolidayAfter = async (from: string) => {
  const calendar = await payload.findGlobal({ slug: 'workflow-calendar', depth: 0 })
  const current = await calendarNow()
  let day = from
  do day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  while (!isWorkingDay({ day, calendar: current }))
  await payload.updateGlobal({
    slug: 'workflow-calendar',
    data: {
      holidays: [
        ...(calendar.holidays ?? []).map(({ date, name }) => ({ date, name })),
        { date: day, name: '时效测试假日' },
      ],
    },
  })
  return day
}

const storedPublication = async (id: number) => {
  const doc = await payload.findByID({ collection: 'disclosure-items', id, depth: 0 })
  return doc.publication
}

describe('a publish through the final approval', () => {
  let office: Office
  beforeAll(async () => {
    office = await createOffice(payload)
  })

  it('should record a late publication for an item made 30 working days ago', async () => {
    const dateMade = workingDaysAgo(30, await calendarNow())
    const item = await draftItem(office, { dateMade })
    await approveAll(office, item.id)
    const publication = await storedPublication(item.id)
    expect(publication?.isLate).toBe(true)
    expect(publication?.workingDaysToPublish).toBe(30)
    expect(localDay(new Date(String(publication?.publishedOn)))).toBe(today)
  })

  it('should record an on-time publication for an item made 5 working days ago, a holiday between not counted', async () => {
    const before = await calendarNow()
    // Six working days ago by the old calendar; the holiday added after it makes it five.
    const dateMade = workingDaysAgo(6, before)
    const holiday = await addHolidayAfter(dateMade)
    expect(countWorkingDays({ from: dateMade, to: today, calendar: await calendarNow() })).toBe(5)
    const item = await draftItem(office, { dateMade })
    await approveAll(office, item.id)
    const publication = await storedPublication(item.id)
    expect(publication?.isLate).toBe(false)
    expect(publication?.workingDaysToPublish).toBe(5)
    expect(holiday > dateMade && holiday <= today).toBe(true)
  })

  it('should keep the record when the published item is saved again unchanged', async () => {
    const item = await draftItem(office, { dateMade: '2025-01-02' })
    await approveAll(office, item.id)
    const first = await storedPublication(item.id)
    await payload.update({ collection: 'disclosure-items', id: item.id, data: {}, context: systemPublishContext() })
    expect(await storedPublication(item.id)).toEqual(first)
  })
})

/** A disclosure item published as the system (the seed's way), recorded as any publish is. */
const publishItem = (institution: number, theme: number, data: Record<string, unknown>, publishedAt?: string) =>
  payload.create({
    collection: 'disclosure-items',
    data: {
      title: unique('时效'),
      institution,
      theme,
      body: lexical('正文'),
      disclosureMethod: 'proactive',
      _status: 'published',
      ...data,
    } as never,
    context: systemPublishContext({ publishedAt }),
    depth: 0,
  })

const later = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

type ReportJson = {
  institutions: Array<{
    institution: number
    name: string
    latePublications: Array<{ title: string; isLate: boolean }>
    staleColumns: Array<{ kind: string; lastPublishedOn: string }>
  }>
  counts: Array<{ institution: number; published: number; late: number }>
}

describe('a system publish of history', () => {
  it('should judge an imported item by the day it really went out', async () => {
    const office = await createOffice(payload)
    // Made Monday 9 March 2026, published Wednesday 11 March (10:00 in Beijing): two working days.
    const inTime = await publishItem(
      office.institutionId,
      office.themeId,
      { dateMade: '2026-03-09' },
      '2026-03-11T02:00:00Z',
    )
    const late = await publishItem(
      office.institutionId,
      office.themeId,
      { dateMade: '2025-01-06' },
      '2026-03-11T02:00:00Z',
    )
    const recorded = async (id: number) =>
      (await payload.findByID({ collection: 'disclosure-items', id, depth: 0 })).publication
    expect(await recorded(inTime.id)).toMatchObject({ isLate: false, workingDaysToPublish: 2 })
    expect((await recorded(inTime.id))?.publishedOn).toBe('2026-03-11T02:00:00.000Z')
    expect((await recorded(late.id))?.isLate).toBe(true)
  })
})

describe('the late-publisher report', () => {
  let first: Office
  let second: Office
  let lateTitles: Record<number, string[]>
  let firstName: string
  let noticeTitle: string

  beforeAll(async () => {
    ;[first, second] = await Promise.all([createOffice(payload), createOffice(payload)])
    const notice = (await ensureCategory(payload, 'genre', 'G08', '通知')).id as number
    firstName = (await payload.findByID({ collection: 'institutions', id: first.institutionId, depth: 0 })).name
    const a1 = await publishItem(first.institutionId, first.themeId, { dateMade: '2025-03-03' })
    const a2 = await publishItem(first.institutionId, first.themeId, { dateMade: '2025-06-02', genre: notice })
    await publishItem(first.institutionId, first.themeId, { dateMade: today })
    const b1 = await publishItem(second.institutionId, second.themeId, { dateMade: '2025-09-01' })
    await publishItem(second.institutionId, second.themeId, { dateMade: today, genre: notice })
    lateTitles = { [first.institutionId]: [a1.title, a2.title], [second.institutionId]: [b1.title] }
    noticeTitle = a2.title
  })

  const report = (query: string, token = first.cast['disclosure-office'].token) =>
    rest('GET', `/timeliness/report?${query}`, { token })

  it('should list exactly the items each institution published late in the period', async () => {
    const response = await report(`from=${today}&to=${today}`)
    expect(response.status).toBe(200)
    const body = response.json as ReportJson
    for (const office of [first, second]) {
      const entry = body.institutions.find((candidate) => candidate.institution === office.institutionId)
      expect(entry?.latePublications.map((row) => row.title).sort()).toEqual(
        [...lateTitles[office.institutionId]!].sort(),
      )
    }
    const firstCounts = body.counts.filter((row) => row.institution === first.institutionId)
    expect(firstCounts.reduce((sum, row) => sum + row.published, 0)).toBe(3)
    expect(firstCounts.reduce((sum, row) => sum + row.late, 0)).toBe(2)
  })

  it('should narrow the report to one institution', async () => {
    const response = await report(`from=${today}&to=${today}&institution=${second.institutionId}`)
    const body = response.json as ReportJson
    expect(body.institutions.map((entry) => entry.institution)).toEqual([second.institutionId])
    expect(body.counts.length).toBeGreaterThan(0)
    expect(body.counts.every((row) => row.institution === second.institutionId)).toBe(true)
  })

  it('should find news columns stale after two weeks and notice columns after six months', async () => {
    const columnsOn = async (to: string) => {
      const body = (await report(`from=${today}&to=${to}&institution=${first.institutionId}`)).json as ReportJson
      return (body.institutions[0]?.staleColumns ?? []).map((column) => column.kind).sort()
    }
    expect(await columnsOn(later(14))).toEqual([])
    expect(await columnsOn(later(15))).toEqual(['news'])
    expect(await columnsOn(later(200))).toEqual(['news', 'notices'])
  })

  it('should export the notice as a PDF naming the institution and its late items', async () => {
    const response = await REST_GET(config)(
      new Request(`http://localhost:3000/api/timeliness/report?from=${today}&to=${today}&format=pdf`, {
        headers: { Authorization: `JWT ${first.cast['disclosure-office'].token}` },
      }),
      { params: Promise.resolve({ slug: ['timeliness', 'report'] }) },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const file = path.join(os.tmpdir(), `timeliness-${crypto.randomBytes(4).toString('hex')}.pdf`)
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    try {
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
      expect(text).toContain('政府信息公开时效情况通报')
      expect(text).toContain(firstName)
      expect(text).toContain(noticeTitle)
    } finally {
      fs.rmSync(file)
    }
  })

  it('should export the notice as a DOCX', async () => {
    const response = await REST_GET(config)(
      new Request(`http://localhost:3000/api/timeliness/report?from=${today}&to=${today}&format=docx`, {
        headers: { Authorization: `JWT ${first.cast['disclosure-office'].token}` },
      }),
      { params: Promise.resolve({ slug: ['timeliness', 'report'] }) },
    )
    expect(response.status).toBe(200)
    const bytes = Buffer.from(await response.arrayBuffer())
    // A DOCX is a ZIP whose document part holds the text.
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    const { default: JSZip } = await import('jszip')
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
    expect(xml).toContain(firstName)
    expect(xml).toContain(noticeTitle)
  })

  it('should refuse everyone but the office: 401 signed out, 403 for institution staff', async () => {
    expect((await rest('GET', '/timeliness/report')).status).toBe(401)
    for (const role of ['editor', 'signer', 'bulletin-editor'] as const) {
      expect((await report('', first.cast[role].token)).status).toBe(403)
    }
    expect((await report('', first.cast.admin.token)).status).toBe(200)
  })

  it('should answer a malformed parameter with a 400 naming it', async () => {
    const response = await report('from=2026-13-01')
    expect(response.status).toBe(400)
    expect(response.text).toContain('from')
    expect((await report('format=xls')).status).toBe(400)
  })
})
