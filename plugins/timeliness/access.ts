import type { ResolvedTimelinessOptions } from './types'

import { hasRole } from '../../src/lib/platform/roles'

/** The disclosure office and admins (the plugin's `officeRoles`) read the report and the dashboard. */
export const isOffice = (options: ResolvedTimelinessOptions, user: unknown): boolean =>
  hasRole(user, ...options.officeRoles)
