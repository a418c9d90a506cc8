import type { PayloadRequest } from 'payload'

import type { IssueDoc } from './issueContent'

import { parseDocumentId } from '../../src/lib/platform/ids'
import { canEditBulletin } from './access'
import { ISSUES_SLUG } from './defaults'

/**
 * The issue a request may see, with the caller's access: published issues to everyone, drafts (the
 * latest draft version) to bulletin staff. Anything else is null, answered as a 404.
 */
export const loadIssueFor = async (req: PayloadRequest, id: unknown): Promise<IssueDoc | null> => {
  if (typeof id !== 'string' && typeof id !== 'number') return null
  // Ids are integer-column serials: anything else (a word, a fraction, 30 digits) names no issue.
  if (parseDocumentId(id) === null) return null
  return req.payload.findByID({
    collection: ISSUES_SLUG,
    id,
    depth: 0,
    draft: canEditBulletin(req.user),
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
}
