import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ActionEffect } from './types'

import { TRANSITION_CONTEXT_KEY } from './defaults'
import { transitionToken } from './transitionToken'

type Doc = Record<string, unknown> & { id: number | string }

/**
 * Writes a workflow step in the request's transaction. Publishing replaces the main row (so the
 * catalogue-numbering hook numbers it in this transaction); unpublishing writes it back as a draft.
 * Any other step of a document whose published version is live saves a new version only, so the
 * public keeps seeing what was approved while the changes are reviewed.
 */
export const applyTransition = async ({
  req,
  collection,
  id,
  data,
  effect,
}: {
  req: PayloadRequest
  collection: string
  id: number | string
  data: Record<string, unknown>
  effect: ActionEffect
}): Promise<Doc> => {
  const main = await req.payload.db.findOne<Doc>({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req })
  const isLive = main?._status === 'published'
  const isDraftSave = effect === 'none' && isLive
  const status = effect === 'publish' ? 'published' : 'draft'
  try {
    return (await req.payload.update({
      collection: collection as never,
      id,
      data: (isDraftSave ? data : { ...data, _status: status }) as never,
      draft: isDraftSave,
      depth: 0,
      overrideAccess: true,
      user: req.user,
      req,
      context: { [TRANSITION_CONTEXT_KEY]: transitionToken() },
    })) as Doc
  } finally {
    delete req.context[TRANSITION_CONTEXT_KEY]
  }
}
