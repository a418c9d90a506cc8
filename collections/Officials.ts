import type { CollectionConfig } from 'payload'

import { dayOnly } from '../src/lib/platform/dates'
import { bilingual, options } from '../src/lib/platform/labels'
import { versionsKeptForever } from '../src/lib/platform/versions'
import { contentAccess } from './access/content'
import { notBefore } from './fields/dateOrder'
import { documentNumberField } from './fields/documentNumber'
import { institutionField } from './fields/institution'
import { reviewNotesField } from './fields/reviewNotes'
import { filesFollowDocuments } from './hooks/filesFollowDocuments'
import { slugs } from './slugs'

const termStartLabel = bilingual('任职开始', 'Term start')

/** Leaders (领导信息): who they are, what they are in charge of, and the record of appointments (人事任免). */
export const Officials: CollectionConfig = {
  slug: slugs.officials,
  labels: { singular: bilingual('领导', 'Official'), plural: bilingual('领导信息', 'Officials') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'institution', 'post', 'order', '_status'],
    group: bilingual('公开内容', 'Content'),
    description: bilingual(
      '机构领导的姓名、职务、分工、简历和任免记录。',
      'Leaders: posts, portfolios, résumés and appointments.',
    ),
  },
  defaultSort: 'order',
  access: contentAccess({ institutionField: 'institution', hasDisclosureMethod: false }),
  versions: versionsKeptForever,
  hooks: filesFollowDocuments(['photo']),
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: bilingual('姓名', 'Name'),
      admin: {
        description: bilingual(
          '与任免文件一致；领导姓名错误属严重表述错误。',
          'Exactly as in the appointment document; a wrong leader’s name is a serious error.',
        ),
      },
    },
    institutionField({
      label: bilingual('所在机构', 'Institution'),
      description: bilingual('领导任职的机关或部门。', 'The body the official serves in.'),
    }),
    {
      name: 'post',
      type: 'text',
      required: true,
      label: bilingual('职务', 'Post'),
      admin: { description: bilingual('如 市长、副市长、局长。', 'e.g. mayor, deputy mayor, director.') },
    },
    {
      name: 'portfolio',
      type: 'textarea',
      label: bilingual('分管工作', 'Portfolio'),
      admin: {
        description: bilingual('负责和分管的工作、联系的部门。', 'Areas and departments the official is in charge of.'),
      },
    },
    {
      name: 'resume',
      type: 'richText',
      label: bilingual('简历', 'Résumé'),
      admin: {
        description: bilingual(
          '出生年月、籍贯、学历和主要工作经历。',
          'Date of birth, birthplace, education and career history.',
        ),
      },
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: slugs.media,
      label: bilingual('照片', 'Photo'),
      filterOptions: { mimeType: { contains: 'image' } },
      admin: {
        description: bilingual('正面标准照，JPG 或 PNG，10 MB 以内。', 'A standard portrait, JPG or PNG, up to 10 MB.'),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'termStart',
          type: 'date',
          label: termStartLabel,
          admin: {
            date: dayOnly,
            description: bilingual(
              '任现职的日期，以任命文件为准。',
              'When the current post began, per the appointment document.',
            ),
          },
        },
        {
          name: 'termEnd',
          type: 'date',
          label: bilingual('任职结束', 'Term end'),
          admin: { date: dayOnly, description: bilingual('在任留空。', 'Empty while in office.') },
          validate: notBefore({
            earlierField: 'termStart',
            earlierLabel: termStartLabel,
            laterLabel: bilingual('任职结束', 'Term end'),
          }),
        },
      ],
    },
    {
      name: 'appointments',
      type: 'array',
      label: bilingual('任免记录', 'Appointments'),
      labels: { singular: bilingual('任免', 'Appointment'), plural: bilingual('任免记录', 'Appointments') },
      admin: { description: bilingual('按时间记录的任命和免职。', 'Appointments and removals, dated.') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'action',
              type: 'select',
              required: true,
              label: bilingual('类型', 'Action'),
              admin: { description: bilingual('任命或免职。', 'Appointed or removed.') },
              options: options([
                ['appointed', '任命', 'Appointed'],
                ['removed', '免职', 'Removed'],
              ]),
            },
            {
              name: 'post',
              type: 'text',
              required: true,
              label: bilingual('职务', 'Post'),
              admin: {
                description: bilingual(
                  '任免的职务全称，如 扎兰屯市人民政府副市长。',
                  'The full post, e.g. 扎兰屯市人民政府副市长.',
                ),
              },
            },
            {
              name: 'date',
              type: 'date',
              required: true,
              label: bilingual('日期', 'Date'),
              admin: {
                date: dayOnly,
                description: bilingual('任免文件的日期。', 'The date of the appointment or removal document.'),
              },
            },
          ],
        },
        documentNumberField(),
      ],
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: bilingual('排序', 'Order'),
      admin: {
        position: 'sidebar',
        description: bilingual('按班子排序，数字小的在前。', 'Protocol order; lower first.'),
      },
    },
    reviewNotesField(),
  ],
}
