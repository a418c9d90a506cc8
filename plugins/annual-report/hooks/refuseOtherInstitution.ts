import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedAnnualReportOptions } from '../types'

import { bilingualMessage } from '../../../src/lib/platform/i18n/messages'
import { relationId } from '../../../src/lib/platform/ids'
import { InputRefused } from '../../../src/lib/platform/input/inputRefused'
import { institutionIdsOf } from '../../../src/lib/platform/roles'
import { isOffice } from '../access'

const NOT_OWN_INSTITUTION = bilingualMessage(
  '只能编写本单位的年度报告',
  'staff may write only their own institution’s annual report',
)

/** Staff write their own institutions' reports: access lets them create, this names the field otherwise. */
export const refuseOtherInstitution =
  (options: ResolvedAnnualReportOptions): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req: { user } }) => {
    if (!user || isOffice(options, user)) return data
    const institution = relationId(data.institution ?? originalDoc?.institution)
    if (institution === null || !institutionIdsOf(user).map(String).includes(String(institution))) {
      throw new InputRefused([{ path: 'institution', message: NOT_OWN_INSTITUTION }])
    }
    return data
  }
