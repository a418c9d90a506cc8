import type { Access, FieldAccess, Where } from 'payload'

import { publicWhere } from '../../src/lib/platform/publicDocument'
import { institutionIdsOf, isAllInstitutionUser, isInstitutionScopedUser, hasRole } from '../../src/lib/platform/roles'

type ContentAccessArgs = {
  /** The relationship field that names the owning institution. */
  institutionField: string
  /** Whether documents carry a disclosure method; if so, the public sees only 主动公开 ones. */
  hasDisclosureMethod: boolean
}

/**
 * Access for the content collections (officials, policies, approval services, disclosure items).
 * Denied by default: the public reads published public documents; institution staff read and change
 * their own institutions' documents; the disclosure office and admins see everything.
 * Deleting is kept to the disclosure office and admins: a deleted catalogue entry voids its number.
 */
export const contentAccess = ({ institutionField, hasDisclosureMethod }: ContentAccessArgs) => {
  const ownInstitutions = (user: unknown, prefix = ''): Where | false => {
    const ids = institutionIdsOf(user)
    return ids.length > 0 ? { [`${prefix}${institutionField}`]: { in: ids } } : false
  }

  const read: Access = ({ req: { user } }) => {
    if (isAllInstitutionUser(user)) return true
    const visible = publicWhere({ hasDisclosureMethod })
    if (!isInstitutionScopedUser(user)) return visible
    const own = ownInstitutions(user)
    return own ? { or: [visible, own] } : visible
  }

  // Versions hold drafts and superseded texts: staff only.
  const readVersions: Access = ({ req: { user } }) => {
    if (isAllInstitutionUser(user)) return true
    if (!isInstitutionScopedUser(user)) return false
    return ownInstitutions(user, 'version.')
  }

  const create: Access = ({ req: { user } }) => isAllInstitutionUser(user) || hasRole(user, 'editor')

  const update: Access = ({ req: { user } }) => {
    if (isAllInstitutionUser(user)) return true
    if (!isInstitutionScopedUser(user)) return false
    return ownInstitutions(user)
  }

  const remove: Access = ({ req: { user } }) => isAllInstitutionUser(user)

  return { read, readVersions, create, update, delete: remove }
}

/**
 * Reading a content document's internal fields (review notes): admins, the disclosure office and the
 * staff of the document's own institution. Another institution's staff read its published documents
 * as the public does. Where there is no document to judge (validating `where` and `sort`, list
 * permissions) only admins and the disclosure office qualify; otherwise staff could filter another
 * institution's documents by notes they may not read.
 */
export const internalFieldReadAccess =
  ({ institutionField }: Pick<ContentAccessArgs, 'institutionField'>): FieldAccess =>
  ({ req: { user }, doc, data }) => {
    if (isAllInstitutionUser(user)) return true
    if (!isInstitutionScopedUser(user)) return false
    // The admin's form state asks with the form's `data` and no `doc`; its values came from a read the
    // user was allowed (or from the user), so judging by its institution shows nobody anything new.
    const owner: unknown = (doc ?? data)?.[institutionField]
    const ownerId = owner && typeof owner === 'object' && 'id' in owner ? (owner as { id: unknown }).id : owner
    return ownerId != null && institutionIdsOf(user).map(String).includes(String(ownerId))
  }

/** Reference data (institutions, categories): public when published, maintained by the disclosure office. */
export const isAllInstitutionStaff: Access = ({ req: { user } }) => isAllInstitutionUser(user)

export const isSignedIn: Access = ({ req: { user } }) => Boolean(user)
