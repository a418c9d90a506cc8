import type { CollectionConfig, Validate } from 'payload'

import { isAllInstitutionStaff } from '../src/lib/platform/access'
import { uniqueWithin } from '../src/lib/platform/fields/uniqueWithin'
import { bilingual, bilingualMessage, options } from '../src/lib/platform/labels'
import { parentWithoutCycleField } from './fields/parentWithoutCycle'
import { slugs } from './slugs'

const codeUniqueWithinKind = uniqueWithin({
  collection: slugs.categories,
  field: 'code',
  scope: 'kind',
  message: (code) => bilingualMessage(`本分类法中已有代码“${code}”`, `code "${code}" is already used in this taxonomy`),
})

/** A code goes into index numbers ({category}), so it has a safe shape, and is unique within its taxonomy. */
const validateCode: Validate = (value, args) =>
  typeof value === 'string' && /^[A-Za-z0-9.-]{1,20}$/.test(value)
    ? codeUniqueWithinKind(value, args)
    : bilingualMessage(
        '代码只能含字母、数字、点和连字符，最多 20 位',
        'letters, digits, dots and hyphens only, up to 20',
      )

/** The catalogue taxonomies (主题 / 体裁 / 服务对象): data, so a local site can rename or extend them. */
export const Categories: CollectionConfig = {
  slug: slugs.categories,
  labels: { singular: bilingual('分类', 'Category'), plural: bilingual('分类', 'Categories') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'code', 'order'],
    group: bilingual('基础信息', 'Reference data'),
    description: bilingual(
      '主题分类、体裁分类和服务对象分类，默认为国家目录。',
      'Theme, genre and service-object lists; seeded with the national ones.',
    ),
  },
  defaultSort: 'order',
  access: {
    read: () => true,
    create: isAllInstitutionStaff,
    update: isAllInstitutionStaff,
    delete: isAllInstitutionStaff,
  },
  indexes: [{ fields: ['kind', 'code'], unique: true }],
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: bilingual('分类法', 'Taxonomy'),
      admin: {
        description: bilingual(
          '本条属于哪套分类：主题、体裁或服务对象。',
          'Which list the entry belongs to: theme, genre or service object.',
        ),
      },
      options: options([
        ['theme', '主题分类', 'Theme'],
        ['genre', '体裁分类', 'Genre'],
        ['serviceObject', '服务对象分类', 'Service object'],
      ]),
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      label: bilingual('代码', 'Code'),
      validate: validateCode,
      admin: {
        description: bilingual('索引号中的分类码 {category} 取自这里。', 'Used as {category} in index numbers.'),
      },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: bilingual('名称', 'Name'),
      admin: {
        description: bilingual(
          '目录和门户中显示的名称，如 财政、金融、审计。',
          'Shown in the catalogue and on the portal, e.g. 财政、金融、审计.',
        ),
      },
    },
    parentWithoutCycleField({
      collection: slugs.categories,
      label: bilingual('上级分类', 'Parent'),
      description: bilingual('用于细分类目。', 'For sub-categories.'),
    }),
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: bilingual('排序', 'Order'),
      admin: {
        position: 'sidebar',
        description: bilingual('同一上级下数字小的排在前面。', 'Lower numbers come first under the same parent.'),
      },
    },
  ],
}
