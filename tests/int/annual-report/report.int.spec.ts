import type { Payload } from 'payload'

import { REST_GET } from '@payloadcms/next/routes'
import JSZip from 'jszip'
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Table3, Table3Row } from '../../../plugins/annual-report'
import type { Role } from '../../../src/lib/platform/roles'
import type { SignedInUser } from '../../helpers/fixtures'

import { table3Columns, table3Rows } from '../../../plugins/annual-report'
import { seedDemoData } from '../../../seed'
import { loadAnnualReport, loadAnnualReports } from '../../../src/app/(portal)/_data/annualReports'
import { createInstitution, createUser } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { config, getTestPayload } from '../../helpers/payload'

const SLUG = 'annual-reports'

let payload: Payload
let government: number
let housing: number
let cast: Record<Role, SignedInUser>

const institutionId = async (name: string) =>
  (await payload.find({ collection: 'institutions', where: { name: { equals: name } }, depth: 0, limit: 1 })).docs[0]!
    .id

beforeAll(async () => {
  payload = await getTestPayload()
  await seedDemoData({ payload, log: () => {} })
  government = await institutionId('扎兰屯市人民政府')
  housing = await institutionId('扎兰屯市住房和城乡建设局')
  const roles: Role[] = ['disclosure-office', 'editor', 'reviewer', 'secrecy-reviewer', 'signer']
  const users = await Promise.all(
    roles.map((role) => createUser(payload, { roles: [role], institutions: [government] })),
  )
  cast = Object.fromEntries(roles.map((role, index) => [role, users[index]!])) as Record<Role, SignedInUser>
}, 300_000)

/**
 * Table 三 as counted by hand: rows given as [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]; rows not
 * given are all zero.
 */
const table3 = (rows: Partial<Record<Table3Row, number[]>>): Table3 =>
  Object.fromEntries(
    table3Rows.map(({ key }) => [
      key,
      Object.fromEntries(table3Columns.map((column, index) => [column.key, rows[key]?.[index] ?? 0])),
    ]),
  ) as Table3

const createReport = async (body: Record<string, unknown>, token = cast['disclosure-office'].token) =>
  rest('POST', `/${SLUG}?draft=true`, { token, body: { _status: 'draft', ...body } })

/** Bytes through the real route handler (the shared `rest` helper reads text). */
const get = REST_GET(config)
const download = async (urlPath: string, token?: string) => {
  const url = new URL(`http://localhost:3000/api${urlPath}`)
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const response = await get(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
}

const pdfText = (pdf: Buffer) => {
  const file = path.join(os.tmpdir(), `annual-report-${crypto.randomBytes(4).toString('hex')}.pdf`)
  fs.writeFileSync(file, pdf)
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  } finally {
    fs.rmSync(file)
  }
}

/** The default review chain, each step by its role. */
const publishThroughChain = async (id: number) => {
  const steps: Array<[SignedInUser, Record<string, unknown>]> = [
    [cast.editor, { action: 'submit' }],
    [cast.reviewer, { action: 'approve' }],
    [cast['secrecy-reviewer'], { action: 'approve', secrecyDecision: 'public', secrecyLegalBasis: '不涉密' }],
    [cast.signer, { action: 'approve', disclosureMethod: 'proactive' }],
  ]
  for (const [user, body] of steps) {
    const response = await rest('POST', `/${SLUG}/${id}/workflow`, { token: user.token, body })
    expect({ action: body.action, status: response.status, text: response.text }).toMatchObject({ status: 200 })
  }
}

describe('the seeded year 2025, counted by hand (seed/data/disclosureRequests.ts, seed/data/policies.ts)', () => {
  let wholeGovernment: { id: number; snapshot: { table2: unknown; table3: Table3 }; title: string; overview: unknown }

  beforeAll(async () => {
    const response = await createReport({ year: 2025, institution: government, includesSubordinates: true })
    expect(response.status).toBe(201)
    wholeGovernment = response.json.doc
  })

  it('should compute table 三 of the whole government: 18 new, 2 carried over, 17 concluded, 3 carried forward', () => {
    expect(wholeGovernment.snapshot.table3).toEqual(
      table3({
        received: [9, 3, 1, 1, 2, 2, 18],
        carriedOver: [1, 1, 0, 0, 0, 0, 2],
        disclosed: [4, 1, 1, 0, 0, 1, 7],
        partlyDisclosed: [1, 1, 0, 1, 0, 0, 3],
        withheldThirdPartyRights: [1, 0, 0, 0, 0, 0, 1],
        withheldProcessInformation: [0, 1, 0, 0, 0, 0, 1],
        unavailableNotHeld: [1, 0, 0, 0, 0, 0, 1],
        unavailableNeedsCreation: [0, 0, 0, 0, 1, 0, 1],
        notHandledPetition: [1, 0, 0, 0, 0, 0, 1],
        notHandledRepeated: [0, 0, 0, 0, 1, 0, 1],
        otherNoCorrection: [1, 0, 0, 0, 0, 0, 1],
        concluded: [9, 3, 1, 1, 2, 1, 17],
        carriedForward: [1, 1, 0, 0, 0, 1, 3],
      }),
    )
  })

  it('should compute table 二 of the whole government: two normative documents made, one repealed, twelve in force', () => {
    expect(wholeGovernment.snapshot.table2).toEqual({
      rules: { made: 0, repealed: 0, inForce: 2 },
      normativeDocuments: { made: 2, repealed: 1, inForce: 12 },
    })
  })

  it('should title the report and prefill section 一 with the year’s facts', () => {
    expect(wholeGovernment.title).toBe('扎兰屯市人民政府2025年政府信息公开工作年度报告')
    const overview = JSON.stringify(wholeGovernment.overview)
    expect(overview).toContain('全年新收政府信息公开申请18件，上年结转2件；办结17件')
    expect(overview).toContain('行政规范性文件2件')
  })

  it('should count one department alone: the housing bureau’s six requests', async () => {
    const response = await createReport({ year: 2025, institution: housing })
    expect(response.status).toBe(201)
    expect(response.json.doc.snapshot.table3).toEqual(
      table3({
        received: [2, 1, 0, 0, 1, 1, 5],
        carriedOver: [1, 0, 0, 0, 0, 0, 1],
        disclosed: [2, 1, 0, 0, 0, 0, 3],
        unavailableNotHeld: [1, 0, 0, 0, 0, 0, 1],
        notHandledRepeated: [0, 0, 0, 0, 1, 0, 1],
        concluded: [3, 1, 0, 0, 1, 0, 5],
        carriedForward: [0, 0, 0, 0, 0, 1, 1],
      }),
    )
  })
})

describe('the balance 新收 + 上年结转 = 办结 + 结转下年度', () => {
  it('should refuse a stored table 三 that does not balance, naming the column and the row', async () => {
    const created = await createReport({ year: 2025, institution: housing })
    const snapshot = created.json.doc.snapshot
    snapshot.table3.carriedForward.naturalPerson += 1
    snapshot.table3.carriedForward.total += 1
    const response = await rest('PATCH', `/${SLUG}/${created.json.doc.id}?draft=true`, {
      token: cast['disclosure-office'].token,
      body: { snapshot },
    })
    expect(response.status).toBe(400)
    const error = response.json.errors[0].data.errors[0]
    expect(error.path).toBe('snapshot')
    expect(error.message).toContain('自然人')
    expect(error.message).toContain('四、结转下年度继续办理')
  })

  it('should refuse to recompute a year whose reply has no outcome, naming its column, and recompute a consistent one', async () => {
    const institution = (await createInstitution(payload)).id
    const created = await createReport({ year: 2025, institution })
    expect(created.status).toBe(201)
    expect(created.json.doc.snapshot.table3.received.total).toBe(0)

    const request = await payload.create({
      collection: 'disclosure-requests',
      data: {
        applicantType: 'researchInstitution',
        applicantName: '某研究所',
        channel: 'online',
        receivedOn: '2025-05-06T12:00:00.000Z',
        requestedInformation: '测试：某年度统计资料',
        handlingInstitution: institution,
        steps: [{ kind: 'reply', date: '2025-05-20T12:00:00.000Z', outcome: 'disclosed' }],
      },
      depth: 0,
    })
    const recomputed = await rest('POST', `/${SLUG}/${created.json.doc.id}/recompute`, {
      token: cast['disclosure-office'].token,
    })
    expect(recomputed.status).toBe(200)
    expect(recomputed.json.doc.snapshot.table3.disclosed.researchInstitution).toBe(1)

    // A reply stored without its outcome (written past the checks, as an import would).
    await payload.db.updateOne({
      collection: 'disclosure-requests',
      id: request.id,
      data: { steps: [{ ...request.steps![0], outcome: null }] },
    })
    const refused = await rest('POST', `/${SLUG}/${created.json.doc.id}/recompute`, {
      token: cast['disclosure-office'].token,
    })
    expect(refused.status).toBe(400)
    const error = refused.json.errors[0].data.errors[0]
    expect(error.path).toBe('snapshot')
    expect(error.message).toContain('科研机构')
    expect(error.message).toContain('结转下年度')
  })
})

describe('a published report', () => {
  let published: number
  let draft: number

  beforeAll(async () => {
    const created = await createReport({ year: 2025, institution: government, includesSubordinates: true })
    published = created.json.doc.id
    await publishThroughChain(published)
    draft = (await createReport({ year: 2024, institution: government, includesSubordinates: true })).json.doc.id
  })

  it('should be numbered in the catalogue when signed off, and no longer recomputed', async () => {
    const doc = await payload.findByID({ collection: SLUG, id: published, depth: 0 })
    expect(doc._status).toBe('published')
    expect(doc.indexNumber).toMatch(/^[0-9A-Z]{18}\/\d{4}-\d{5}$/)
    const response = await rest('POST', `/${SLUG}/${published}/recompute`, { token: cast['disclosure-office'].token })
    expect(response.status).toBe(409)
  })

  it('should print as a PDF with the national tables, read back with pdftotext', async () => {
    const response = await download(`/${SLUG}/${published}/pdf`)
    expect(response.status).toBe(200)
    const text = pdfText(response.body)
    expect(text).toContain('扎兰屯市人民政府2025年政府信息公开工作年度报告')
    expect(text).toContain('二、主动公开政府信息情况')
    expect(text).toContain('三、收到和处理政府信息公开申请情况')
    expect(text).toContain('四、政府信息公开行政复议、行政诉讼情况')
    // The row label wraps in its cell; the counts follow its first line: 自然人 … 其他, 总计.
    expect(text).toMatch(/一、本年新收政府信息公开申\s+9\s+3\s+1\s+1\s+2\s+2\s+18\b/)
    expect(text).toContain('行政规范性文件')
  })

  it('should export a DOCX with the same tables', async () => {
    const response = await download(`/${SLUG}/${published}/docx`)
    expect(response.status).toBe(200)
    const xml = await (await JSZip.loadAsync(response.body)).file('word/document.xml')!.async('string')
    expect(xml).toContain('三、收到和处理政府信息公开申请情况')
    expect(xml).toContain('四、结转下年度继续办理')
    expect(xml).toContain('<w:tbl>')
  })

  it('should list the published report on the portal by year, and not the draft', async () => {
    const years = await loadAnnualReports({ payload })
    const ids = years.flatMap(({ reports }) => reports.map(({ id }) => id))
    expect(ids).toContain(published)
    expect(ids).not.toContain(draft)
    expect(years.find(({ year }) => year === 2025)?.reports.map(({ id }) => id)).toContain(published)
    expect(await loadAnnualReport({ payload, id: published })).toMatchObject({ year: 2025 })
    expect(await loadAnnualReport({ payload, id: draft })).toBeNull()
  })

  it('should keep a draft from anonymous readers through REST and the downloads', async () => {
    expect((await rest('GET', `/${SLUG}/${published}`)).status).toBe(200)
    expect((await rest('GET', `/${SLUG}/${draft}`)).status).toBe(404)
    const list = await rest('GET', `/${SLUG}?limit=100`)
    expect(list.json.docs.map(({ id }: { id: number }) => id)).not.toContain(draft)
    expect((await download(`/${SLUG}/${draft}/pdf`)).status).toBe(404)
    expect((await download(`/${SLUG}/${draft}/pdf`, cast.editor.token)).status).toBe(200)
  })
})
