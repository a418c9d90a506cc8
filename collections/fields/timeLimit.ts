import type { GroupField } from 'payload'

import { bilingual, bilingualMessage, options } from '../../src/lib/platform/labels'

type TimeLimitArgs = {
  name: string
  label: { zh: string; en: string }
  description: { zh: string; en: string }
}

/** 法定时限 / 承诺时限: a number of working days, or 当场办结 (settled on the spot). */
export const timeLimitField = ({ name, label, description }: TimeLimitArgs): GroupField => ({
  name,
  type: 'group',
  label,
  admin: { description },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: bilingual('方式', 'Kind'),
          defaultValue: 'working-days',
          admin: {
            description: bilingual(
              '按工作日计算，或当场办结。',
              'Counted in working days, or settled on the spot (当场办结).',
            ),
          },
          options: options([
            ['working-days', '工作日', 'Working days'],
            ['on-the-spot', '当场办结', 'On the spot'],
          ]),
        },
        {
          name: 'workingDays',
          type: 'number',
          min: 1,
          max: 365,
          label: bilingual('工作日数', 'Working days'),
          admin: {
            condition: (_, sibling) => sibling?.kind !== 'on-the-spot',
            description: bilingual(
              '1–365 的整数，不含周末和法定节假日，如 20。',
              'A whole number from 1 to 365, not counting weekends and holidays, e.g. 20.',
            ),
          },
          validate: (value: null | number | undefined, { siblingData }: { siblingData: { kind?: string } }) => {
            if (siblingData?.kind === 'on-the-spot' || value === null || value === undefined) return true
            return Number.isInteger(value) && value >= 1 && value <= 365
              ? true
              : bilingualMessage('工作日数应为 1–365 的整数', 'working days must be a whole number from 1 to 365')
          },
        },
      ],
    },
  ],
})
