import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { RevalidateTags } from './types'

/** Where the portal's Next.js server takes revalidations from other processes (seed, imports, tests). */
export const REVALIDATE_PATH = '/portal/revalidate'
export const REVALIDATE_SIGNATURE_HEADER = 'X-Gongkai-Revalidate'

/** HMAC of the body with the Payload secret: only processes that share the app's secret may expire its cache. */
export const revalidateSignature = (payload: Payload, body: string) =>
  crypto.createHmac('sha256', payload.secret).update(body).digest('hex')

/** Expires the tags in this process's Next.js cache at once (`expire: 0`): the next request renders fresh data. */
export const expireTags = async (tags: string[]): Promise<boolean> => {
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return true
  } catch {
    // Not inside a Next.js server (no incremental cache / request store): nothing here to expire.
    return false
  }
}

/**
 * Inside Next.js: expire the tags here. Elsewhere (seed, CLI, Local API in another process) there is
 * no cache here; if `PORTAL_REVALIDATE_URL` names the portal server, ask it, signed, with a short timeout.
 */
export const revalidateInNext: RevalidateTags = async (tags, { payload }) => {
  if (await expireTags(tags)) return
  const serverUrl = process.env.PORTAL_REVALIDATE_URL
  if (!serverUrl) return
  const body = JSON.stringify({ tags, at: Date.now() })
  const response = await fetch(new URL(`/api${REVALIDATE_PATH}`, serverUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [REVALIDATE_SIGNATURE_HEADER]: revalidateSignature(payload, body) },
    body,
    signal: AbortSignal.timeout(2_000),
  })
  await response.body?.cancel()
  if (!response.ok) throw new Error(`portal revalidation answered ${response.status}`)
}
