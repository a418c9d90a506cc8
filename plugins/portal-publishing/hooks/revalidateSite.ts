import type { GlobalAfterChangeHook } from 'payload'

import type { ResolvedPortalOptions } from '../types'

import { afterCommit } from '../../../src/lib/platform/database/afterCommit'
import { cacheTags } from '../cacheTags'
import { SKIP_PORTAL_CONTEXT_KEY } from '../defaults'

/**
 * The site settings are in every page's header and footer: a change expires the `site` tag, which every
 * page reads them under, after the commit (a page re-rendered before it would cache the old footer).
 */
export const revalidateSiteOnChange =
  (options: ResolvedPortalOptions): GlobalAfterChangeHook =>
  async ({ doc, req, context }) => {
    if (context[SKIP_PORTAL_CONTEXT_KEY]) return doc
    await afterCommit(req, async () => options.revalidate([cacheTags.site], { payload: req.payload }))
    return doc
  }
