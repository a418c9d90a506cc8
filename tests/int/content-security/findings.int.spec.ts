import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { bodyOf, BRAND, bringToSignoff, createOffice, draftItem, ensureWord, finalApproval } from './setup'

let payload: Payload
let office: Office

/** A word that is also a vegetable: the agriculture bureau's subsidy report is a false positive. */
const HOMOPHONE = '菠菜'

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  await ensureWord(payload, BRAND)
  await ensureWord(payload, HOMOPHONE)
})

const findingsOf = async (id: number) =>
  (
    await payload.find({
      collection: 'content-findings',
      where: { documentCollection: { equals: 'disclosure-items' }, documentId: { equals: String(id) } },
      depth: 0,
      pagination: false,
    })
  ).docs

const accept = (token: string, id: number | string, body: Record<string, unknown>) =>
  rest('POST', `/content-findings/${id}/accept`, { token, body })

describe('findings of a draft', () => {
  it('should be stored when a draft is saved, and resolved when a save no longer contains the word', async () => {
    const item = await draftItem(office, { body: bodyOf(`本报告通过${BRAND}人民政府门户网站公开。`) })
    // Other suites may list more words (the seed lists UedBet too): the brand's own finding.
    const found = (await findingsOf(item.id)).find(
      (finding) => finding.check === 'sensitiveWord' && finding.match === BRAND,
    )
    expect(found).toMatchObject({
      match: BRAND,
      severity: 'block',
      field: 'body',
      status: 'open',
      source: 'save',
      institution: office.institutionId,
    })
    expect(found!.context).toContain(BRAND)

    const saved = await rest('PATCH', `/disclosure-items/${item.id}?draft=true`, {
      token: office.cast.editor.token,
      body: { body: bodyOf('本报告通过扎兰屯市人民政府门户网站公开。') },
    })
    expect(saved.status).toBe(200)
    const after = (await findingsOf(item.id)).find((finding) => finding.id === found!.id)
    expect(after?.status).toBe('resolved')
  })

  it('should let the staff of the document’s institution read its findings, and not another institution’s', async () => {
    const item = await draftItem(office, { body: bodyOf(`${BRAND}真人娱乐`) })
    const other = await createOffice(payload)
    const own = await rest('GET', `/content-findings?where[documentId][equals]=${item.id}`, {
      token: office.cast.editor.token,
    })
    expect(own.status).toBe(200)
    expect(own.json.totalDocs).toBeGreaterThan(0)
    const foreign = await rest('GET', `/content-findings?where[documentId][equals]=${item.id}`, {
      token: other.cast.editor.token,
    })
    expect(foreign.json.totalDocs ?? 0).toBe(0)
  })
})

describe('accepting a finding as a false positive', () => {
  it('should let the disclosure office accept it with a reason, publish the document and log the reason', async () => {
    const item = await draftItem(office, { body: bodyOf(`2011年全市${HOMOPHONE}种植补贴发放情况。`) })
    const finding = (await findingsOf(item.id)).find((candidate) => candidate.match === HOMOPHONE)!
    expect(finding.status).toBe('open')
    await bringToSignoff(office, item.id)
    expect((await finalApproval(office, item.id)).status).toBe(400)

    const reason = '此处“菠菜”指蔬菜，与博彩无关'
    const accepted = await accept(office.cast['disclosure-office'].token, finding.id, { reason })
    expect(accepted.status).toBe(200)
    expect(accepted.json.doc).toMatchObject({
      status: 'accepted',
      reason,
      acceptedBy: office.cast['disclosure-office'].id,
    })
    expect(accepted.json.doc.acceptedAt).toBeTruthy()

    expect((await finalApproval(office, item.id)).status).toBe(200)
    const { docs: events } = await payload.find({
      collection: 'workflow-events',
      where: { documentId: { equals: String(item.id) }, action: { equals: 'acceptFinding' } },
      depth: 0,
    })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ comment: reason, role: 'disclosure-office', institution: office.institutionId })
    // Still accepted after the publish's scan found it again.
    expect((await findingsOf(item.id)).find((candidate) => candidate.id === finding.id)?.status).toBe('accepted')
  })

  it('should answer 403 to anyone but the disclosure office and admins, and change nothing', async () => {
    const item = await draftItem(office, { body: bodyOf(`${HOMOPHONE}价格`) })
    const finding = (await findingsOf(item.id)).find((candidate) => candidate.match === HOMOPHONE)!
    for (const role of ['editor', 'reviewer', 'signer'] as const) {
      const response = await accept(office.cast[role].token, finding.id, { reason: '误报' })
      expect(response.status).toBe(403)
    }
    expect((await rest('POST', `/content-findings/${finding.id}/accept`, { body: { reason: '误报' } })).status).toBe(
      401,
    )
    const stored = await payload.findByID({ collection: 'content-findings', id: finding.id, depth: 0 })
    expect(stored.status).toBe('open')
  })

  it('should answer 400 naming `reason` when the reason is missing or blank', async () => {
    const item = await draftItem(office, { body: bodyOf(`${HOMOPHONE}价格`) })
    const finding = (await findingsOf(item.id)).find((candidate) => candidate.match === HOMOPHONE)!
    for (const body of [{}, { reason: '   ' }, { reason: 42 }]) {
      const response = await accept(office.cast['disclosure-office'].token, finding.id, body)
      expect(response.status).toBe(400)
      expect(response.json.errors[0].data.errors[0].path).toBe('reason')
      expect(response.json.errors[0].message).toMatch(/reason/)
    }
    const stored = await payload.findByID({ collection: 'content-findings', id: finding.id, depth: 0 })
    expect(stored.status).toBe('open')
  })
})
