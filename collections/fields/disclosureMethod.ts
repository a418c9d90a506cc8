import type { Field } from 'payload'

import { bilingual, bilingualMessage, options } from '../../src/lib/platform/labels'

export const PROACTIVE = 'proactive'

/**
 * 公开方式: only 主动公开 (proactive) documents ever reach the public; 依申请公开 ones are released to
 * an applicant, 不予公开 ones never, with the legal reason recorded.
 */
export const disclosureMethodFields = (): Field[] => [
  {
    name: 'disclosureMethod',
    type: 'select',
    label: bilingual('公开方式', 'Disclosure method'),
    required: true,
    defaultValue: PROACTIVE,
    index: true,
    options: options([
      [PROACTIVE, '主动公开', 'Proactive'],
      ['on-request', '依申请公开', 'On request'],
      ['not-disclosed', '不予公开', 'Not disclosed'],
    ]),
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
    label: bilingual('不予公开理由', 'Reason for non-disclosure'),
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
