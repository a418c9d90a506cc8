import type { Finding, FindingCheck } from './findings'

import { bilingualMessage } from '../../src/lib/platform/i18n/messages'

const checkNames: Record<FindingCheck, { zh: string; en: string }> = {
  sensitiveWord: { zh: '敏感词', en: 'sensitive word' },
  placeName: { zh: '地名机构名', en: 'place or institution name' },
  outboundLink: { zh: '外部链接', en: 'outbound link' },
  personalData: { zh: '个人信息', en: 'personal data' },
}

/** One blocking finding as a refusal names it: the check, the field and the match, in both languages. */
export const blockingMessage = (finding: Finding): string => {
  const check = checkNames[finding.check]
  return bilingualMessage(
    `${check.zh}（${finding.field}）：“${finding.match}”。${finding.message.zh}`,
    `${check.en} (${finding.field}): match: "${finding.match}". ${finding.message.en}`,
  )
}
