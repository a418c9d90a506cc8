import type { Endpoint } from 'payload'

import crypto from 'node:crypto'

import { invalidateResponseCaches } from '../../../src/lib/responseCache/processCaches'
import { expireTags, REVALIDATE_PATH, REVALIDATE_SIGNATURE_HEADER, revalidateSignature } from '../revalidate'

/** A signed request older than this is refused, so a captured one cannot be replayed later. */
const MAX_AGE_MS = 5 * 60_000
const TAG = /^[\w:.-]{1,200}$/

const isSameSignature = (a: string, b: string) =>
  a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * `POST /api/portal/revalidate`: expires cache tags in this Next.js server (its Next.js cache and its
 * API cache), signed with the Payload secret. The instance's invalidation listener calls it over
 * loopback, because Next.js expires tags only inside a request.
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
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return Response.json({ errors: [{ message: '请求体须为 JSON / the body must be JSON' }] }, { status: 400 })
    }
    // `null`, a list or a string parse as JSON too, and have no tags to read.
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return Response.json(
        { errors: [{ message: '请求体须为 JSON 对象 / the body must be a JSON object' }] },
        { status: 400 },
      )
    }
    const { tags: askedTags, at } = parsed as { tags?: unknown; at?: unknown }
    const tags = Array.isArray(askedTags)
      ? askedTags.filter((tag): tag is string => typeof tag === 'string' && TAG.test(tag))
      : []
    if (typeof at !== 'number' || Math.abs(Date.now() - at) > MAX_AGE_MS || tags.length === 0) {
      return Response.json({ errors: [{ message: '请求已过期或无标签 / stale request or no tags' }] }, { status: 400 })
    }
    invalidateResponseCaches(tags)
    const isExpired = await expireTags(tags)
    return Response.json({ tags, isExpired })
  },
})
