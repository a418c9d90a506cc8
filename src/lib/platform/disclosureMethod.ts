import type { BilingualText } from './labels'

/**
 * 公开方式: only 主动公开 (proactive) documents ever reach the public; 依申请公开 ones are released to an
 * applicant, 不予公开 ones never, with the legal reason recorded. The values and labels are defined once
 * here for the collections' field, the public-document rule and the admin components (so this file
 * imports nothing a browser bundle could not hold).
 */
export const PROACTIVE_DISCLOSURE = 'proactive'

export const disclosureMethods = [PROACTIVE_DISCLOSURE, 'on-request', 'not-disclosed'] as const

export type DisclosureMethod = (typeof disclosureMethods)[number]

export const disclosureMethodLabels: Record<DisclosureMethod, BilingualText> = {
  proactive: { zh: '主动公开', en: 'Proactive' },
  'on-request': { zh: '依申请公开', en: 'On request' },
  'not-disclosed': { zh: '不予公开', en: 'Not disclosed' },
}

/** The labels of the two fields that say how a document is disclosed and, when it is not, why. */
export const disclosureFieldLabels = {
  disclosureMethod: { zh: '公开方式', en: 'Disclosure method' },
  nondisclosureReason: { zh: '不予公开理由', en: 'Reason for non-disclosure' },
} satisfies Record<string, BilingualText>
