import type { ContentSecurityOptions, ResolvedContentSecurityOptions, ScannedCollection } from './types'

import { bilingualMessage } from '../../src/lib/platform/i18n/messages'

/** Slugs of what the plugin adds. */
export const WORDS_SLUG = 'sensitive-words'
export const FINDINGS_SLUG = 'content-findings'
export const SCANS_SLUG = 'content-security-scans'
export const RESCAN_TASK = 'contentSecurityRescan'
export const RESCAN_QUEUE = 'content-security'

/** `req.context` key: the rules and stored findings the publish gate loaded, reused by the save scan after it. */
export const SCAN_CONTEXT_KEY = 'contentSecurityScan'

export const DEFAULT_FIELDS = ['title', 'summary', 'body']

const defaultCollections: Record<string, ScannedCollection> = {
  'disclosure-items': { attachments: ['attachments'] },
  policies: { institutionField: 'issuer', attachments: ['attachments'] },
  'approval-services': {
    fields: ['name', 'legalBasis', 'conditions', 'materials.name', 'procedure'],
    attachments: ['materials.template'],
  },
}

export const resolveOptions = (options: ContentSecurityOptions): ResolvedContentSecurityOptions => ({
  collections: Object.fromEntries(
    Object.entries(options.collections ?? defaultCollections).map(([slug, scanned]) => [
      slug,
      {
        fields: scanned?.fields ?? DEFAULT_FIELDS,
        attachments: scanned?.attachments ?? [],
        institutionField: scanned?.institutionField ?? 'institution',
      },
    ]),
  ),
  institutionsCollection: options.institutionsCollection ?? 'institutions',
  institutionNameField: options.institutionNameField ?? 'name',
  knownPlaceNames: options.knownPlaceNames ?? [],
  allowedLinkDomains: options.allowedLinkDomains ?? ['gov.cn'],
  onFindingAccepted: options.onFindingAccepted,
  officeRoles: options.officeRoles ?? ['admin', 'disclosure-office'],
  rescanBatchSize: options.rescanBatchSize ?? 100,
  nightlyCron: options.nightlyCron ?? '0 30 2 * * *',
  autoRun: options.autoRun ?? true,
  disabled: options.disabled ?? false,
})

export const PUBLISH_REFUSED = bilingualMessage(
  '内容安全检查未通过，不能发布',
  'the content security check found problems that block publication',
)

export const REASON_REQUIRED = bilingualMessage(
  '请说明为什么这是误报',
  'a reason is required: say why this finding is a false positive',
)

export const ACCEPT_FORBIDDEN = bilingualMessage(
  '只有公开办可以将检查结果认定为误报',
  'only the disclosure office may accept a finding as a false positive',
)

export const FINDING_NOT_FOUND = bilingualMessage('未找到该检查结果', 'finding not found')
