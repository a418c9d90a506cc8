import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { CatalogueCollection } from './entries'

/** Shorter than this and the secret is ignored: preview then needs a signed-in editor. */
const MIN_PREVIEW_SECRET_LENGTH = 16

/**
 * `PREVIEW_SECRET` lets a headless frontend turn on draft mode without an admin session. It is its own
 * secret, never PAYLOAD_SECRET: a value that travels in URLs ends up in logs, history and Referer headers,
 * and the one that signs sessions must not. Unset: only signed-in editors preview.
 * Constant-time, so the secret cannot be guessed one character at a time from response times.
 */
export const isPreviewSecret = (given: string | null): boolean => {
  const secret = process.env.PREVIEW_SECRET
  if (!given || !secret || secret.length < MIN_PREVIEW_SECRET_LENGTH) return false
  const a = crypto.createHash('sha256').update(given).digest()
  const b = crypto.createHash('sha256').update(secret).digest()
  return crypto.timingSafeEqual(a, b)
}

type LoadDraftArgs = {
  payload: Payload
  collection: CatalogueCollection
  id: number
  /** The signed-in editor: reads with their access. Null: a secret-holding caller, trusted with any draft. */
  user: unknown
}

/** The newest version of a document, draft or not, as the previewing editor may read it. */
export const loadDraft = async ({ payload, collection, id, user }: LoadDraftArgs) =>
  (await payload.findByID({
    collection,
    id,
    depth: 1,
    draft: true,
    disableErrors: true,
    ...(user ? { overrideAccess: false, user } : { overrideAccess: true }),
  })) as Record<string, unknown> | null
