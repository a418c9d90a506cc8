import type { Field } from 'payload'

import {
  disclosureFieldLabels,
  disclosureMethodLabels,
  disclosureMethods,
  PROACTIVE_DISCLOSURE,
} from '../../src/lib/platform/disclosureMethod'
import { bilingual, bilingualMessage } from '../../src/lib/platform/labels'

/** 公开方式 and, for a document not disclosed, the reason (src/lib/platform/disclosureMethod.ts has the values). */
export const disclosureMethodFields = (): Field[] => [
  {
    name: 'disclosureMethod',
    type: 'select',
    label: disclosureFieldLabels.disclosureMethod,
    required: true,
    defaultValue: PROACTIVE_DISCLOSURE,
    index: true,
    options: disclosureMethods.map((value) => ({ value, label: disclosureMethodLabels[value] })),
    admin: {
      description: bilingual(
        '只有“主动公开”的信息在门户网站和接口中对公众可见。',
        'Only proactive documents are visible to the public on the portal and through the API.',
      ),
    },
  },
  {
    name: 'nondisclosureReason',
    type: 'textarea',
    label: disclosureFieldLabels.nondisclosureReason,
    admin: {
      condition: (_, siblingData) => siblingData?.disclosureMethod === 'not-disclosed',
      description: bilingual(
        '引用《条例》条款，如 第十四条（国家秘密）、第十五条（商业秘密、个人隐私）。',
        'Cite the regulation, e.g. Art. 14 (state secrets) or Art. 15 (trade secrets, privacy).',
      ),
    },
    validate: (value: null | string | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
      siblingData?.disclosureMethod === 'not-disclosed' && !value?.trim()
        ? bilingualMessage('不予公开必须说明理由', 'a reason is required when a document is not disclosed')
        : true,
  },
]
