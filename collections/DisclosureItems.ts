import type { CollectionConfig, Validate } from 'payload'

import { date, relationship, richText } from 'payload/shared'

import { dayOnly } from '../src/lib/platform/dates'
import { bilingual } from '../src/lib/platform/labels'
import { versionsKeptForever } from '../src/lib/platform/versions'
import { contentAccess } from './access/content'
import { attachmentsField } from './fields/attachments'
import { categoryField } from './fields/category'
import { disclosureMethodFields } from './fields/disclosureMethod'
import { documentNumberField } from './fields/documentNumber'
import { institutionField } from './fields/institution'
import { requiredToPublish } from './fields/requiredToPublish'
import { reviewNotesField } from './fields/reviewNotes'
import { validityField } from './fields/validity'
import { filesFollowDocuments } from './hooks/filesFollowDocuments'
import { catalogueCollections, slugs } from './slugs'

const dateMadeLabel = bilingual('生成日期', 'Date made')
const themeLabel = bilingual('主题分类', 'Theme')
const bodyLabel = bilingual('正文', 'Body')

/**
 * 政府信息 (disclosure item): an entry of the disclosure catalogue with its national metadata.
 * The index number (索引号) is added by the catalogue-numbering plugin, not here.
 */
export const DisclosureItems: CollectionConfig = {
  slug: slugs.disclosureItems,
  labels: { singular: bilingual('政府信息', 'Disclosure item'), plural: bilingual('政府信息', 'Disclosure items') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'institution', 'dateMade', 'theme', 'disclosureMethod', '_status'],
    listSearchableFields: ['title', 'documentNumber', 'summary'],
    group: bilingual('公开内容', 'Content'),
    description: bilingual(
      '公开目录中的信息，含索引号、主题、体裁等元数据。',
      'Catalogue entries with their metadata.',
    ),
  },
  defaultSort: '-dateMade',
  access: contentAccess({ institutionField: 'institution', hasDisclosureMethod: true }),
  versions: versionsKeptForever,
  hooks: filesFollowDocuments(['attachments']),
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: bilingual('信息名称', 'Title'),
      admin: { description: bilingual('文件或信息的完整标题。', 'The full title of the document.') },
    },
    institutionField(),
    {
      type: 'row',
      fields: [
        {
          name: 'dateMade',
          type: 'date',
          index: true,
          label: dateMadeLabel,
          admin: {
            date: dayOnly,
            description: bilingual(
              '信息形成或变更的日期；20 个工作日内须公开（第二十六条）。',
              'When it was made or changed; Art. 26 allows 20 working days to publish.',
            ),
          },
          validate: requiredToPublish(dateMadeLabel, date as Validate),
        },
        documentNumberField(),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          ...categoryField({
            name: 'theme',
            kind: 'theme',
            label: themeLabel,
            description: bilingual(
              '国家主题分类（22 类），可在“分类”中维护。',
              'The national theme list (22), editable under Categories.',
            ),
          }),
          validate: requiredToPublish(themeLabel, relationship as Validate),
        },
        categoryField({
          name: 'genre',
          kind: 'genre',
          label: bilingual('体裁分类', 'Genre'),
          description: bilingual('公文种类，如 通知、决定、规划。', 'Kind of document, e.g. notice, decision, plan.'),
        }),
      ],
    },
    categoryField({
      name: 'serviceObjects',
      kind: 'serviceObject',
      hasMany: true,
      label: bilingual('服务对象分类', 'Service objects'),
      description: bilingual('信息面向的对象，如 企业、个人。', 'Who it serves, e.g. businesses, citizens.'),
    }),
    {
      name: 'keywords',
      type: 'text',
      hasMany: true,
      label: bilingual('主题词', 'Keywords'),
      admin: { description: bilingual('回车分隔，用于检索。', 'Press Enter between keywords; used by search.') },
    },
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 300,
      label: bilingual('内容概述', 'Summary'),
      admin: {
        description: bilingual(
          '300 字以内，显示在目录和搜索结果中。',
          'Up to 300 characters; shown in the catalogue and search.',
        ),
      },
    },
    validityField(),
    ...disclosureMethodFields(),
    {
      name: 'body',
      type: 'richText',
      label: bodyLabel,
      admin: {
        description: bilingual(
          '信息全文，发布前必须填写；附件在下方另行上传。',
          'The full text, required before publishing; upload attachments below.',
        ),
      },
      validate: requiredToPublish(bodyLabel, richText as Validate),
    },
    attachmentsField(),
    {
      name: 'related',
      type: 'relationship',
      relationTo: [...catalogueCollections],
      hasMany: true,
      label: bilingual('相关信息', 'Related'),
      admin: {
        description: bilingual(
          '相关的政策、解读、事项或被替代的信息。',
          'Related policies, interpretations, services or superseded items.',
        ),
      },
    },
    reviewNotesField(),
  ],
}
