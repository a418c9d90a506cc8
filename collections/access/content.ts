import type { Access, Where } from 'payload'

import { publicWhere } from '../../src/lib/platform/publicDocument'
import { hasRole, institutionIdsOf, isAllInstitutionUser, isInstitutionScopedUser } from '../../src/lib/platform/roles'

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
