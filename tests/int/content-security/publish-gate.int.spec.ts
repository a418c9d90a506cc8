import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import {
  bodyOf,
  BRAND,
  bringToSignoff,
  CLEANED_TEXT,
  createOffice,
  draftItem,
  ensureWord,
  finalApproval,
  FIXTURE_TEXT,
  importItem,
  refusalOf,
} from './setup'

let payload: Payload
let office: Office

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  await ensureWord(payload, BRAND)
})

describe('the publish gate', () => {
  it('should refuse to import the hijacked annual report with a 400 naming the brand, and store nothing', async () => {
    const before = await payload.count({
      collection: 'disclosure-items',
      where: { institution: { equals: office.institutionId } },
    })
    const refusal = await refusalOf(importItem(payload, office, FIXTURE_TEXT))
    expect(refusal.status).toBe(400)
    expect(refusal.errors.map((error) => error.message).join('\n')).toContain(`"${BRAND}"`)
    expect(refusal.errors.some((error) => error.path === 'body' && error.message.includes('敏感词'))).toBe(true)
    const after = await payload.count({
      collection: 'disclosure-items',
      where: { institution: { equals: office.institutionId } },
    })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('should refuse the final approval of the hijacked report walked through the review chain, naming the brand', async () => {
    const item = await draftItem(office, { body: bodyOf(FIXTURE_TEXT) })
    await bringToSignoff(office, item.id)
    const response = await finalApproval(office, item.id)
    expect(response.status).toBe(400)
    expect(response.text).toContain(BRAND)
    const stored = await payload.findByID({ collection: 'disclosure-items', id: item.id, draft: true, depth: 0 })
    expect(stored._status).toBe('draft')
    expect(stored.workflowStage).toBe('signoff')
    expect(stored.indexNumber ?? null).toBeNull()
  })

  it('should name each blocking finding in the reader’s language: Chinese in the zh admin, English when asked', async () => {
    const item = await draftItem(office, { body: bodyOf(FIXTURE_TEXT) })
    await bringToSignoff(office, item.id)
    const approve = (headers: Record<string, string>) =>
      rest('POST', `/disclosure-items/${item.id}/workflow`, {
        token: office.cast.signer.token,
        body: { action: 'approve', disclosureMethod: 'proactive' },
        headers,
      })
    const english = await approve({ 'Accept-Language': 'en-US,en;q=0.9' })
    expect(english.status).toBe(400)
    const messagesOf = (response: typeof english) =>
      (response.json.errors[0].data.errors as Array<{ message: string }>).map(({ message }) => message).join('\n')
    const englishText = messagesOf(english)
    expect(englishText).toContain(`sensitive word (body): match: "${BRAND}"`)
    expect(englishText).not.toContain('敏感词')
    const chinese = await approve({ cookie: 'payload-lng=zh' })
    expect(chinese.status).toBe(400)
    const chineseText = messagesOf(chinese)
    expect(chineseText).toContain(`敏感词（body）：“${BRAND}”`)
    expect(chineseText).not.toContain('sensitive word')
  })

  it('should publish the cleaned copy, by import and through the review chain', async () => {
    const imported = await importItem(payload, office, CLEANED_TEXT)
    expect(imported._status).toBe('published')
    expect(imported.indexNumber).toBeTruthy()

    const item = await draftItem(office, { body: bodyOf(CLEANED_TEXT) })
    await bringToSignoff(office, item.id)
    const response = await finalApproval(office, item.id)
    expect(response.status).toBe(200)
    const stored = await payload.findByID({ collection: 'disclosure-items', id: item.id, depth: 0 })
    expect(stored._status).toBe('published')
  })
})
