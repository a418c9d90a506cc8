import type { BilingualText } from '../../src/lib/platform/labels'
import type { StageDataField } from './types'

import { disclosureFieldLabels, disclosureMethodLabels } from '../../src/lib/platform/disclosureMethod'

/**
 * The labels of what stages record (the secrecy review's decision and basis, the scheduled time, the
 * disclosure method), defined once for the document's fields (workflowFields.ts) and the admin components
 * (the action dialog, the audit log's data). Client components import this file: types and data only.
 */

export const secrecyDecisions = ['public', 'exempt', 'referral'] as const

export type SecrecyDecision = (typeof secrecyDecisions)[number]

export const secrecyDecisionLabels: Record<SecrecyDecision, BilingualText> = {
  public: { zh: '公开', en: 'Public' },
  exempt: { zh: '免于公开', en: 'Exempt' },
  referral: { zh: '需报审', en: 'Referred for approval' },
}

export const stageDataFieldLabels: Record<StageDataField, BilingualText> = {
  secrecyDecision: { zh: '保密审查结论', en: 'Secrecy decision' },
  secrecyLegalBasis: { zh: '保密审查依据', en: 'Legal basis of the secrecy decision' },
  scheduledPublishAt: { zh: '定时发布时间', en: 'Scheduled publication' },
  ...disclosureFieldLabels,
}

/** The labels of the values stages record, by value (a value names one option in one field only). */
export const stageDataValueLabels: Record<string, BilingualText> = {
  ...secrecyDecisionLabels,
  ...disclosureMethodLabels,
}
