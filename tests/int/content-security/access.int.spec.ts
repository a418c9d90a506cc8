import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { bodyOf, BRAND, createOffice, draftItem, ensureWord } from './setup'

let payload: Payload
let office: Office

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  await ensureWord(payload, BRAND)
  // One row in each collection, so an empty answer is a refusal and not an empty table.
  await draftItem(office, { body: bodyOf(BRAND) })
  await payload.jobs.queue({ task: 'contentSecurityRescan', queue: 'content-security', input: { trigger: 'manual' } })
  await payload.jobs.run({ queue: 'content-security', limit: 10 })
})

const slugs = ['content-findings', 'sensitive-words', 'content-security-scans'] as const
const graphqlLists = {
  'content-findings': 'ContentFindings',
  'sensitive-words': 'SensitiveWords',
  'content-security-scans': 'ContentSecurityScans',
}

describe('the content security collections', () => {
  it.each(slugs)('should refuse %s to anonymous REST reads', async (slug) => {
    const list = await rest('GET', `/${slug}`)
    expect(list.status).toBe(403)
    const { docs } = await payload.find({ collection: slug, depth: 0, limit: 1 })
    expect((await rest('GET', `/${slug}/${docs[0]!.id}`)).status).toBe(403)
    expect((await rest('GET', `/${slug}/count`)).status).toBe(403)
  })

  it.each(slugs)('should refuse %s to anonymous GraphQL reads', async (slug) => {
    const response = await graphql(`{ ${graphqlLists[slug]} { docs { id } totalDocs } }`)
    expect(response.json.data?.[graphqlLists[slug]] ?? null).toBeNull()
    expect(response.json.errors?.[0]?.message).toBeTruthy()
  })

  it.each(slugs)('should refuse %s to an editor for the word list and scans, and writes to everyone', async (slug) => {
    const editor = office.cast.editor.token
    if (slug !== 'content-findings') expect((await rest('GET', `/${slug}`, { token: editor })).status).toBe(403)
    const admin = office.cast.admin.token
    if (slug !== 'sensitive-words') {
      expect((await rest('POST', `/${slug}`, { token: admin, body: {} })).status).toBe(403)
    }
    expect((await rest('GET', `/${slug}`, { token: office.cast['disclosure-office'].token })).status).toBe(200)
  })
})
