import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedDisclosureRequestsOptions } from '../types'

import { relationId } from '../../../src/lib/platform/ids'
import { InputRefused } from '../../../src/lib/platform/input/inputRefused'
import { hasRole, institutionIdsOf } from '../../../src/lib/platform/roles'
import { NOT_OWN_INSTITUTION } from '../defaults'

/**
 * Staff register and keep requests of their own institutions only: one may not hand a request to another
 * institution (the office does). Access lets staff create; this names the field when the institution is not theirs.
 */
export const refuseOtherInstitution =
  (options: ResolvedDisclosureRequestsOptions): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req: { user } }) => {
    if (!user || hasRole(user, ...options.officeRoles)) return data
    const institution = relationId(data.handlingInstitution ?? originalDoc?.handlingInstitution)
    const own = institutionIdsOf(user).map(String)
    if (institution == null || !own.includes(String(institution))) {
      throw new InputRefused([{ path: 'handlingInstitution', message: NOT_OWN_INSTITUTION }])
    }
    return data
  }
