import type { Endpoint } from 'payload'

import crypto from 'node:crypto'

import { REVALIDATE_PATH, REVALIDATE_SIGNATURE_HEADER, expireTags, revalidateSignature } from '../revalidate'

/** A signed request older than this is refused, so a captured one cannot be replayed later. */
const MAX_AGE_MS = 5 * 60_000
const TAG = /^[\w:.-]{1,200}$/

const isSameSignature = (a: string, b: string) => a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * `POST /api/portal/revalidate`: expires cache tags in this Next.js server for another process of the
 * app (seed, imports, tests publishing through the Local API), signed with the Payload secret.
 */
export const revalidateEndpoint = (): Endpoint => ({
  path: REVALIDATE_PATH,
  method: 'post',
  handler: async (req) => {
    const body = req.text ? await req.text() : ''
    const signature = req.headers.get(REVALIDATE_SIGNATURE_HEADER) ?? ''
    if (!isSameSignature(signature, revalidateSignature(req.payload, body))) {
      return Response.json({ errors: [{ message: '签名无效 / invalid signature' }] }, { status: 401 })
    }
    let parsed: { tags?: unknown; at?: unknown }
    try {
      parsed = JSON.parse(body) as typeof parsed
    } catch {
      return Response.json({ errors: [{ message: '请求体须为 JSON / the body must be JSON' }] }, { status: 400 })
    }
    const tags = Array.isArray(parsed.tags) ? parsed.tags.filter((tag): tag is string => typeof tag === 'string' && TAG.test(tag)) : []
    if (typeof parsed.at !== 'number' || Math.abs(Date.now() - parsed.at) > MAX_AGE_MS || tags.length === 0) {
      return Response.json({ errors: [{ message: '请求已过期或无标签 / stale request or no tags' }] }, { status: 400 })
    }
    const isExpired = await expireTags(tags)
    return Response.json({ tags, isExpired })
  },
})
