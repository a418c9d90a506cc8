import type { FilterOptions, RelationshipField, Validate } from 'payload'

import { bilingual, bilingualMessage } from '../../src/lib/platform/labels'
import { institutionIdsOf, isAllInstitutionUser } from '../../src/lib/platform/roles'
import { slugs } from '../slugs'

type InstitutionFieldArgs = {
  /** @default 'institution' */
  name?: string
  label?: { zh: string; en: string }
  description?: { zh: string; en: string }
}

/**
 * A document belongs to one institution; institution-scoped staff may only file documents under
 * (or move them to) the institutions they belong to. Local API calls without a user are trusted.
 */
const withinUsersInstitutions: Validate = (value, { req, overrideAccess }) => {
  const user = req.user
  if (!value) return bilingualMessage('必须选择所属机构', 'an institution is required')
  if (!user || overrideAccess === true || isAllInstitutionUser(user)) return true
  const id = typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value
  const allowed = institutionIdsOf(user).map(String)
  return allowed.includes(String(id))
    ? true
    : bilingualMessage('只能选择您所属的机构', 'you may only choose an institution you belong to')
}

/** The picker offers what the check above accepts: institution-scoped staff see only their own institutions. */
const usersInstitutions: FilterOptions = ({ user }) => {
  if (!user || isAllInstitutionUser(user)) return true
  const ids = institutionIdsOf(user)
  return ids.length > 0 ? { id: { in: ids } } : false
}

export const institutionField = ({
  name = 'institution',
  label = bilingual('发布机构', 'Publishing institution'),
  description = bilingual('负责并发布本信息的机关或部门。', 'The body responsible for and publishing this document.'),
}: InstitutionFieldArgs = {}): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: slugs.institutions,
  required: true,
  index: true,
  label,
  admin: { description },
  filterOptions: usersInstitutions,
  validate: withinUsersInstitutions,
})
