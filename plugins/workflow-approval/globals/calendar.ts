import type { GlobalConfig } from 'payload'

import { isAllInstitutionStaff } from '../../../src/lib/platform/access'
import { dayOnly } from '../../../src/lib/platform/dates'
import { bilingual } from '../../../src/lib/platform/labels'
import { CALENDAR_SLUG } from '../constants'

type Text = { zh: string; en: string }

type DatedDaysArgs = { name: string; label: Text; description: Text; dateDescription: Text; nameDescription: Text }

const datedDays = ({ name, label, description, dateDescription, nameDescription }: DatedDaysArgs) => ({
  name,
  type: 'array' as const,
  label,
  admin: { description },
  fields: [
    {
      type: 'row' as const,
      fields: [
        {
          name: 'date',
          type: 'date' as const,
          required: true,
          label: bilingual('日期', 'Date'),
          admin: { date: dayOnly, description: dateDescription },
        },
        {
          name: 'name',
          type: 'text' as const,
          label: bilingual('名称', 'Name'),
          admin: { description: nameDescription },
        },
      ],
    },
  ],
})

/**
 * The working-day calendar behind the Art. 26 deadline: weekends are days off, except the adjusted
 * workdays (调休上班); public holidays are days off even on weekdays. Published each year by the State
 * Council, so it is data the disclosure office keeps, not code.
 */
export const calendarGlobal = (): GlobalConfig => ({
  slug: CALENDAR_SLUG,
  label: bilingual('工作日历', 'Working-day calendar'),
  admin: { group: bilingual('审核', 'Workflow') },
  access: { read: () => true, update: isAllInstitutionStaff },
  fields: [
    datedDays({
      name: 'holidays',
      label: bilingual('法定节假日', 'Public holidays'),
      description: bilingual('工作日放假的日期。', 'Weekdays that are days off.'),
      dateDescription: bilingual(
        '按国务院办公厅放假通知，每个放假日一行，如 10月1日。',
        'One row per day off, from the State Council’s holiday notice, e.g. 1 October.',
      ),
      nameDescription: bilingual('节日名称，如 国庆节。', 'The holiday, e.g. 国庆节 (National Day).'),
    }),
    datedDays({
      name: 'adjustedWorkdays',
      label: bilingual('调休上班日', 'Adjusted workdays'),
      description: bilingual('周末上班的日期。', 'Weekend days that are working days.'),
      dateDescription: bilingual(
        '按放假通知调休上班的周六或周日，每天一行。',
        'A Saturday or Sunday worked under the holiday notice, one row each.',
      ),
      nameDescription: bilingual('因哪个节日调休，如 国庆节调休。', 'Which holiday it makes up for, e.g. 国庆节调休.'),
    }),
  ],
})
