import type { CollectionSlug } from 'payload'

import type { Role } from '../../src/lib/platform/roles'

export type AnnualReportOptions = {
  /**
   * The institutions a report is made by; a report for the whole government counts the institution and every
   * institution under it (its `parent` chain).
   * @default 'institutions'
   */
  institutionsCollection?: CollectionSlug
  /**
   * The policies table 二 counts (规章, 行政规范性文件), with their issuer, level, 有效性, 成文日期 and `replaces`.
   * @default 'policies'
   */
  policiesCollection?: CollectionSlug
  /**
   * The requests table 三 counts (the disclosure-requests plugin's collection).
   * @default 'disclosure-requests'
   */
  requestsCollection?: CollectionSlug
  /**
   * Policy levels counted as 规章 and as 行政规范性文件. A county government makes no rules: only its normative
   * documents count; a State Council department would count 'departmental-rule' as its rules.
   * @default { rules: ['government-rule'], normativeDocuments: ['normative-document'] }
   */
  policyLevels?: { rules: string[]; normativeDocuments: string[] }
  /**
   * Roles that write every institution's reports (and alone delete one).
   * @default ['admin', 'disclosure-office']
   */
  officeRoles?: Role[]
  /**
   * Roles that start (create) reports of their own institutions, as they draft other catalogue documents.
   * @default ['editor']
   */
  authorRoles?: Role[]
  /**
   * Roles that read the drafts of, and edit, the reports of their own institutions.
   * @default ['editor', 'reviewer', 'secrecy-reviewer', 'signer']
   */
  staffRoles?: Role[]
  /**
   * The time zone in which dates are counted into years.
   * @default 'Asia/Shanghai'
   */
  timeZone?: string
  /**
   * Keep the collection (so the database schema stays the same) but drop its behaviour: no computed tables, no
   * prefilled sections, no recompute and no exports.
   * @default false
   */
  disabled?: boolean
}

export type ResolvedAnnualReportOptions = Required<AnnualReportOptions>
