import type { Access } from 'payload'

import type { ResolvedDisclosureRequestsOptions } from './types'

import { hasRole, institutionIdsOf } from '../../src/lib/platform/roles'

const isOffice = (options: ResolvedDisclosureRequestsOptions, user: unknown) => hasRole(user, ...options.officeRoles)

const isStaff = (options: ResolvedDisclosureRequestsOptions, user: unknown) => hasRole(user, ...options.staffRoles)

/**
 * Reading and updating: the office every request, an institution's staff those their institutions handle, nobody
 * else (anonymous readers, bulletin editors): the applicant's personal data stays inside.
 */
export const ownRequests =
  (options: ResolvedDisclosureRequestsOptions): Access =>
  ({ req: { user } }) => {
    if (isOffice(options, user)) return true
    const ids = institutionIdsOf(user)
    return isStaff(options, user) && ids.length > 0 ? { handlingInstitution: { in: ids } } : false
  }

/**
 * Registering a request: the office for any institution, staff for their own (checked against the data when it
 * is there; the hook `refuseOtherInstitution` answers a 400 naming the field otherwise). The system registers
 * through the Local API with access overridden.
 */
export const registerRequests =
  (options: ResolvedDisclosureRequestsOptions): Access =>
  ({ req: { user } }) =>
    isOffice(options, user) || (isStaff(options, user) && institutionIdsOf(user).length > 0)

export const officeOnly =
  (options: ResolvedDisclosureRequestsOptions): Access =>
  ({ req: { user } }) =>
    isOffice(options, user)

export { isOffice }
