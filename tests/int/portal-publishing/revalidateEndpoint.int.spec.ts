import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REVALIDATE_SIGNATURE_HEADER, revalidateSignature } from '../../../plugins/portal-publishing/revalidate'
import { closePayload } from '../../../src/lib/database/closePayload'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const signed = (body: string) => ({
  body: JSON.parse(body) as unknown,
  headers: { [REVALIDATE_SIGNATURE_HEADER]: revalidateSignature(payload, body) },
})

describe('POST /api/portal/revalidate', () => {
  it('should accept tags signed with the app secret', async () => {
    const body = JSON.stringify({ tags: ['item:disclosure-items:1', 'feeds'], at: Date.now() })
    const response = await rest('POST', '/portal/revalidate', signed(body))
    expect(response.status).toBe(200)
    expect(response.json.tags).toEqual(['item:disclosure-items:1', 'feeds'])
  })

  it('should refuse an unsigned or wrongly signed request', async () => {
    const body = { tags: ['feeds'], at: Date.now() }
    expect((await rest('POST', '/portal/revalidate', { body })).status).toBe(401)
    expect(
      (await rest('POST', '/portal/revalidate', { body, headers: { [REVALIDATE_SIGNATURE_HEADER]: 'ab'.repeat(32) } }))
        .status,
    ).toBe(401)
  })

  it('should refuse a stale signed request', async () => {
    const body = JSON.stringify({ tags: ['feeds'], at: Date.now() - 60 * 60_000 })
    expect((await rest('POST', '/portal/revalidate', signed(body))).status).toBe(400)
  })
})
