import type { GlobalConfig } from 'payload'

import { isAllInstitutionStaff } from '../../../collections/access/content'
import { bilingual } from '../../../collections/labels'
import { CALENDAR_SLUG } from '../defaults'

const datedDays = (name: string, label: { zh: string; en: string }, description: { zh: string; en: string }) => ({
  name,
  type: 'array' as const,
  label,
  admin: { description },
  fields: [
    {
      type: 'row' as const,
      fields: [
        { name: 'date', type: 'date' as const, required: true, label: bilingual('日期', 'Date'), admin: { date: { pickerAppearance: 'dayOnly' as const } } },
        { name: 'name', type: 'text' as const, label: bilingual('名称', 'Name') },
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
    datedDays('holidays', bilingual('法定节假日', 'Public holidays'), bilingual('工作日放假的日期。', 'Weekdays that are days off.')),
    datedDays('adjustedWorkdays', bilingual('调休上班日', 'Adjusted workdays'), bilingual('周末上班的日期。', 'Weekend days that are working days.')),
  ],
})
