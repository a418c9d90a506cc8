import type { Access } from 'payload'

import type { ResolvedContentSecurityOptions } from './types'

import { hasRole, institutionIdsOf, isInstitutionScopedUser } from '../../src/lib/platform/roles'

/** The disclosure office and admins (the plugin's `officeRoles`): the word list, every finding, the scan reports. */
export const isOffice = (options: ResolvedContentSecurityOptions, user: unknown): boolean =>
  hasRole(user, ...options.officeRoles)

export const officeOnly =
  (options: ResolvedContentSecurityOptions): Access =>
  ({ req: { user } }) =>
    isOffice(options, user)

/** The office reads every finding; an institution's staff the findings on their institutions' documents. */
export const readFindings =
  (options: ResolvedContentSecurityOptions): Access =>
  ({ req: { user } }) => {
    if (isOffice(options, user)) return true
    const ids = institutionIdsOf(user)
    return isInstitutionScopedUser(user) && ids.length > 0 ? { institution: { in: ids } } : false
  }
