import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ActionEffect } from './types'

import { TRANSITION_CONTEXT_KEY } from './constants'
import { transitionToken } from './transitionToken'

type Doc = Record<string, unknown> & { id: number | string }

/** The fields a workflow step writes; which exist depends on the collection the workflow runs on. */
type StepData = Record<string, unknown>

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
  collection: CollectionSlug
  id: number | string
  data: StepData
  effect: ActionEffect
}): Promise<Doc> => {
  // Only a step that publishes nothing needs to know whether the main row is live: one column, no joins.
  const isLive =
    effect === 'none' &&
    (
      await req.payload.db.findOne<{ id: number | string; _status?: string }>({
        collection,
        where: { id: { equals: id } },
        select: { _status: true },
        req,
      })
    )?._status === 'published'
  const isDraftSave = effect === 'none' && isLive
  const status = effect === 'publish' ? 'published' : 'draft'
  try {
    const updated = await req.payload.update({
      collection,
      id,
      // The workflow runs on any configured collection; its stage fields were added to each at init.
      data: (isDraftSave ? data : { ...data, _status: status }) as Parameters<typeof req.payload.update>[0]['data'],
      draft: isDraftSave,
      depth: 0,
      overrideAccess: true,
      user: req.user,
      req,
      context: { [TRANSITION_CONTEXT_KEY]: transitionToken() },
    })
    return { ...updated }
  } finally {
    delete req.context[TRANSITION_CONTEXT_KEY]
  }
}
