import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { ReferenceKind } from '../cacheTags'
import type { ResolvedPortalOptions } from '../types'

import { afterCommit } from '../../../src/lib/platform/database/afterCommit'
import { tagsForReference } from '../cacheTags'
import { SKIP_PORTAL_CONTEXT_KEY } from '../defaults'

type Doc = Record<string, unknown>

/**
 * Only the published state is on the portal: a draft created or saved over a draft changes nothing there.
 * (Collections without drafts have no `_status`: every save counts.)
 */
const touchesPortal = (doc: Doc | undefined, previousDoc: Doc | undefined) =>
  doc?._status !== 'draft' || previousDoc?._status === 'published'

const expire = async (
  req: PayloadRequest,
  options: ResolvedPortalOptions,
  kind: ReferenceKind,
  collection: string,
  id: number | string,
  docs: Doc[],
) => {
  const tags = tagsForReference({
    kind,
    collection,
    id,
    institutions: docs.map((doc) => doc.institution),
    catalogue: options.collections,
  })
  // After the commit, as for catalogue documents: a page re-rendered in between would cache the old name.
  await afterCommit(req, async () => options.revalidate(tags, { payload: req.payload }))
}

/**
 * Institutions, leaders and categories are shown beside the catalogue (names in metadata tables, trees,
 * leader lists, facets): a change expires the pages that show them, instead of leaving the old name up
 * until the cache's time runs out.
 */
export const revalidateReferenceOnChange =
  (options: ResolvedPortalOptions, kind: ReferenceKind): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req, context }) => {
    if (context[SKIP_PORTAL_CONTEXT_KEY] || !touchesPortal(doc, previousDoc)) return doc
    await expire(req, options, kind, collection.slug, doc.id, [doc, previousDoc ?? {}])
    return doc
  }

export const revalidateReferenceOnDelete =
  (options: ResolvedPortalOptions, kind: ReferenceKind): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req, context }) => {
    if (context[SKIP_PORTAL_CONTEXT_KEY]) return doc
    await expire(req, options, kind, collection.slug, id, [doc])
    return doc
  }
