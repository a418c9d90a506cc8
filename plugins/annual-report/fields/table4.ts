import type { Field, GroupField } from 'payload'

import { bilingual } from '../../../src/lib/platform/labels'

/** The columns of each of table 四's three parts: how the cases ended, or that they have not. */
export const caseResults = [
  { key: 'upheld', zh: '结果维持', en: 'Upheld' },
  { key: 'corrected', zh: '结果纠正', en: 'Corrected' },
  { key: 'other', zh: '其他结果', en: 'Other results' },
  { key: 'pending', zh: '尚未审结', en: 'Pending' },
] as const

/** Table 四's three parts: reviews, suits filed without review, suits filed after review. */
export const caseKinds = [
  { key: 'review', zh: '行政复议', en: 'Administrative reviews' },
  { key: 'lawsuitDirect', zh: '行政诉讼（未经复议直接起诉）', en: 'Lawsuits filed without review' },
  { key: 'lawsuitAfterReview', zh: '行政诉讼（复议后起诉）', en: 'Lawsuits filed after review' },
] as const

export type CaseKind = (typeof caseKinds)[number]['key']
export type CaseResult = (typeof caseResults)[number]['key']

const count = (name: string, label: { zh: string; en: string }): Field => ({
  name,
  type: 'number',
  min: 0,
  defaultValue: 0,
  required: true,
  label: bilingual(label.zh, label.en),
  admin: {
    width: '25%',
    step: 1,
    description: bilingual(`${label.zh}的件数。`, `How many: ${label.en.toLowerCase()}.`),
  },
  validate: (value: null | number | undefined) =>
    value === null || value === undefined || (Number.isInteger(value) && value >= 0)
      ? true
      : `${label.zh}应为非负整数 / ${label.en} must be a whole number, zero or more`,
})

/**
 * 表四 因政府信息公开工作被申请行政复议、提起行政诉讼情况: entered by the office from its case files (no collection here
 * holds reviews or suits). Totals (总计) are printed as the sum of the four.
 */
export const table4Field = (): GroupField => ({
  name: 'table4',
  type: 'group',
  label: bilingual('表四 行政复议、行政诉讼情况', 'Table 四: reviews and lawsuits'),
  admin: {
    description: bilingual(
      '因政府信息公开工作被申请行政复议、提起行政诉讼的件数，由公开办根据案卷填写；总计自动相加。',
      'Cases about disclosure work, entered by the office from its files; totals are added up when printed.',
    ),
  },
  fields: caseKinds.map(({ key, zh, en }) => ({
    name: key,
    type: 'group' as const,
    label: bilingual(zh, en),
    admin: { description: bilingual(`本年度${zh}案件按结果统计。`, `${en} this year, by result.`) },
    fields: [{ type: 'row' as const, fields: caseResults.map((result) => count(result.key, result)) }],
  })),
})

/** Table 二's decisions and fees: no collection records decisions or fees collected, so the office enters them. */
export const decisionsField = (): GroupField => ({
  name: 'decisions',
  type: 'group',
  label: bilingual('表二 行政许可、处罚、强制及收费', 'Table 二: licensing, penalties, enforcement, fees'),
  admin: {
    description: bilingual(
      '本年处理决定数量和行政事业性收费金额，由公开办根据各部门报送的数据填写（平台不记录这些决定）。',
      'Decisions made this year and fees collected, entered by the office from the departments’ figures (the platform does not record these decisions).',
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        count('licensing', { zh: '行政许可', en: 'Licensing decisions' }),
        count('penalties', { zh: '行政处罚', en: 'Penalty decisions' }),
        count('enforcement', { zh: '行政强制', en: 'Enforcement decisions' }),
        {
          name: 'fees',
          type: 'number',
          min: 0,
          defaultValue: 0,
          required: true,
          label: bilingual('行政事业性收费（万元）', 'Administrative fees (10,000 yuan)'),
          admin: {
            width: '25%',
            step: 0.01,
            description: bilingual(
              '本年收取的行政事业性收费金额，单位万元。',
              'Fees collected this year, in 10,000 yuan.',
            ),
          },
        },
      ],
    },
  ],
})
