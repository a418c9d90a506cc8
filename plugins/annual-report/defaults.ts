import type { AnnualReportOptions, ResolvedAnnualReportOptions } from './types'

import { DEFAULT_TIME_ZONE } from '../../src/lib/platform/dates'
import { bilingualMessage } from '../../src/lib/platform/i18n/messages'

/** Slug of the collection the plugin adds. */
export const ANNUAL_REPORTS_SLUG = 'annual-reports'

export const resolveOptions = (options: AnnualReportOptions): ResolvedAnnualReportOptions => ({
  institutionsCollection: options.institutionsCollection ?? 'institutions',
  policiesCollection: options.policiesCollection ?? 'policies',
  requestsCollection: options.requestsCollection ?? 'disclosure-requests',
  policyLevels: options.policyLevels ?? { rules: ['government-rule'], normativeDocuments: ['normative-document'] },
  officeRoles: options.officeRoles ?? ['admin', 'disclosure-office'],
  authorRoles: options.authorRoles ?? ['editor'],
  staffRoles: options.staffRoles ?? ['editor', 'reviewer', 'secrecy-reviewer', 'signer'],
  timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  disabled: options.disabled ?? false,
})

export const REPORT_NOT_FOUND = bilingualMessage('未找到该年度报告', 'no such annual report')

export const RECOMPUTE_PUBLISHED = bilingualMessage(
  '已发布的年度报告不能重新计算，请先撤回',
  'a published annual report is not recomputed: withdraw it first',
)

export const RECOMPUTE_FORBIDDEN = bilingualMessage(
  '无权重新计算该年度报告',
  'you may not recompute this annual report',
)
