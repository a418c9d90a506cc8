import type { Access, Where } from 'payload'

import type { ResolvedAnnualReportOptions } from './types'

import { publicWhere } from '../../src/lib/platform/publicDocument'
import { hasRole, institutionIdsOf } from '../../src/lib/platform/roles'

export const isOffice = (options: ResolvedAnnualReportOptions, user: unknown) => hasRole(user, ...options.officeRoles)

const ownInstitutions = (options: ResolvedAnnualReportOptions, user: unknown, prefix = ''): Where | false => {
  const ids = institutionIdsOf(user)
  return hasRole(user, ...options.staffRoles) && ids.length > 0 ? { [`${prefix}institution`]: { in: ids } } : false
}

/** Everyone reads published reports; staff also their institutions' drafts; the office every report. */
export const readReports =
  (options: ResolvedAnnualReportOptions): Access =>
  ({ req: { user } }) => {
    if (isOffice(options, user)) return true
    const visible = publicWhere({ hasDisclosureMethod: false })
    const own = ownInstitutions(options, user)
    return own ? { or: [visible, own] } : visible
  }

/** Versions hold drafts: staff of the institution and the office only. */
export const readReportVersions =
  (options: ResolvedAnnualReportOptions): Access =>
  ({ req: { user } }) =>
    isOffice(options, user) || ownInstitutions(options, user, 'version.')

/** Writing: the office any report, staff their institutions' (access checks the stored document's institution). */
export const writeReports =
  (options: ResolvedAnnualReportOptions): Access =>
  ({ req: { user } }) =>
    isOffice(options, user) || ownInstitutions(options, user)

/** Starting a report: the office for any institution, authors (editors) for their own. */
export const createReports =
  (options: ResolvedAnnualReportOptions): Access =>
  ({ req: { user } }) =>
    isOffice(options, user) || (hasRole(user, ...options.authorRoles) && institutionIdsOf(user).length > 0)

export const officeOnly =
  (options: ResolvedAnnualReportOptions): Access =>
  ({ req: { user } }) =>
    isOffice(options, user)
