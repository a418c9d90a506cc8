import type { CollectionConfig } from 'payload'

import { isAllInstitutionStaff } from '../src/lib/platform/access'
import { bilingual, bilingualMessage, options } from '../src/lib/platform/labels'
import { isAllInstitutionUser } from '../src/lib/platform/roles'
import { versionsKeptForever } from '../src/lib/platform/versions'
import { creditCodeField } from './fields/creditCode'
import { parentWithoutCycleField } from './fields/parentWithoutCycle'
import { slugs } from './slugs'

export const institutionKinds = options([
  ['government', '人民政府', 'People’s government'],
  ['department', '组成部门', 'Constituent department'],
  ['directly-affiliated', '直属机构', 'Directly affiliated body'],
  ['township', '乡镇街道', 'Township or sub-district'],
  ['internal', '内设机构', 'Internal office'],
  ['public-institution', '直属单位', 'Affiliated public institution'],
])

export const Institutions: CollectionConfig = {
  slug: slugs.institutions,
  labels: { singular: bilingual('机构', 'Institution'), plural: bilingual('机构', 'Institutions') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'creditCode', 'parent', '_status'],
    group: bilingual('基础信息', 'Reference data'),
    description: bilingual(
      '本级政府及其部门、乡镇街道，组成机构树；每个机构有自己的公开指南。',
      'The government, its departments and townships as a tree; each keeps its own disclosure guide.',
    ),
  },
  defaultSort: 'order',
  access: {
    read: ({ req: { user } }) => (user ? true : { _status: { equals: 'published' } }),
    readVersions: isAllInstitutionStaff,
    create: isAllInstitutionStaff,
    update: isAllInstitutionStaff,
    delete: ({ req: { user } }) => isAllInstitutionUser(user),
  },
  versions: versionsKeptForever,
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      label: bilingual('机构名称', 'Name'),
      admin: { description: bilingual('全称，如 扎兰屯市财政局。', 'Full name, e.g. 扎兰屯市财政局.') },
    },
    {
      name: 'shortName',
      type: 'text',
      label: bilingual('简称', 'Short name'),
      admin: { description: bilingual('列表和导航中使用，如 财政局。', 'Used in lists and navigation, e.g. 财政局.') },
    },
    creditCodeField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: bilingual('机构类型', 'Kind'),
      options: institutionKinds,
      admin: { description: bilingual('决定在机构树和公开目录中的位置。', 'Where it sits in the tree and catalogue.') },
    },
    parentWithoutCycleField({
      collection: slugs.institutions,
      label: bilingual('上级机构', 'Parent institution'),
      description: bilingual('留空表示最上级（本级人民政府）。', 'Empty for the top (the people’s government).'),
    }),
    {
      name: 'functions',
      type: 'richText',
      label: bilingual('机构职能', 'Functions'),
      admin: {
        description: bilingual('主要职责，依“三定”方案填写。', 'Main responsibilities as officially assigned.'),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'address',
          type: 'text',
          label: bilingual('办公地址', 'Address'),
          admin: {
            description: bilingual(
              '含街道门牌号的地址，公开指南须载明。',
              'The street address; the disclosure guide must give it.',
            ),
          },
        },
        {
          name: 'phone',
          type: 'text',
          label: bilingual('联系电话', 'Phone'),
          admin: {
            description: bilingual(
              '对外咨询电话，带区号，如 0470-3212345。',
              'The public enquiries number with the area code, e.g. 0470-3212345.',
            ),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'officeHours',
          type: 'text',
          label: bilingual('办公时间', 'Office hours'),
          admin: {
            description: bilingual('如 工作日 8:30–12:00，14:30–17:30', 'e.g. weekdays 8:30–12:00, 14:30–17:30'),
          },
        },
        {
          name: 'website',
          type: 'text',
          label: bilingual('网址', 'Website'),
          admin: {
            description: bilingual(
              '以 http:// 或 https:// 开头的完整网址。',
              'The full address, starting with http:// or https://.',
            ),
          },
          validate: (value: null | string | undefined) =>
            !value || /^https?:\/\/[^\s]+$/.test(value)
              ? true
              : bilingualMessage('网址须以 http:// 或 https:// 开头', 'must start with http:// or https://'),
        },
      ],
    },
    {
      name: 'disclosureGuide',
      type: 'richText',
      label: bilingual('政府信息公开指南', 'Disclosure guide'),
      admin: {
        description: bilingual(
          '《条例》第十二条：公开的分类、申请方式、办公地址和时间、联系电话。',
          'Art. 12: what is published, how to request, office address, hours and phone.',
        ),
      },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: bilingual('排序', 'Order'),
      admin: { position: 'sidebar', description: bilingual('数字小的排在前面。', 'Lower numbers come first.') },
    },
  ],
}
