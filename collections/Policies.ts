import type { CollectionConfig, Validate } from 'payload'

import { date, richText } from 'payload/shared'

import { dayOnly } from '../src/lib/platform/dates'
import { bilingual, bilingualMessage, options } from '../src/lib/platform/labels'
import { versionsKeptForever } from '../src/lib/platform/versions'
import { contentAccess } from './access/content'
import { attachmentsField } from './fields/attachments'
import { categoryField } from './fields/category'
import { notBefore } from './fields/dateOrder'
import { disclosureMethodFields } from './fields/disclosureMethod'
import { documentNumberField } from './fields/documentNumber'
import { institutionField } from './fields/institution'
import { requiredToPublish } from './fields/requiredToPublish'
import { reviewNotesField } from './fields/reviewNotes'
import { validityField } from './fields/validity'
import { filesFollowDocuments } from './hooks/filesFollowDocuments'
import { slugs } from './slugs'

const dateWrittenLabel = bilingual('成文日期', 'Date written')
const dateEffectiveLabel = bilingual('施行日期', 'Effective date')
/** 政策文件: laws, regulations, rules and normative documents, with their revision chain. */
export const Policies: CollectionConfig = {
  slug: slugs.policies,
  labels: { singular: bilingual('政策文件', 'Policy'), plural: bilingual('政策文件', 'Policies') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentNumber', 'level', 'issuer', 'validity', '_status'],
    group: bilingual('公开内容', 'Content'),
    description: bilingual(
      '法律法规、规章和规范性文件，含解读和修订关系。',
      'Laws, rules and normative documents, with interpretations and revisions.',
    ),
  },
  defaultSort: '-datePublished',
  access: contentAccess({ institutionField: 'issuer', hasDisclosureMethod: true }),
  versions: versionsKeptForever,
  hooks: filesFollowDocuments(['attachments']),
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: bilingual('标题', 'Title'),
      admin: {
        description: bilingual(
          '文件全称，文号另填，如 扎兰屯市人民政府关于印发……的通知。',
          'The full title, without the document number, e.g. 扎兰屯市人民政府关于印发……的通知.',
        ),
      },
    },
    documentNumberField(),
    {
      name: 'level',
      type: 'select',
      required: true,
      index: true,
      label: bilingual('效力级别', 'Level'),
      admin: {
        description: bilingual(
          '按制定机关和程序确定；县级政府及其部门制发的一般为规范性文件。',
          'Set by who made it and how; a county government and its departments issue normative documents.',
        ),
      },
      options: options([
        ['law', '法律', 'Law'],
        ['administrative-regulation', '行政法规', 'Administrative regulation'],
        ['local-regulation', '地方性法规', 'Local regulation'],
        ['departmental-rule', '部门规章', 'Departmental rule'],
        ['government-rule', '政府规章', 'Government rule'],
        ['normative-document', '规范性文件', 'Normative document'],
      ]),
    },
    institutionField({
      name: 'issuer',
      label: bilingual('发文机关', 'Issuer'),
      description: bilingual('制定并发布本文件的机关。', 'The body that made and issued the document.'),
    }),
    categoryField({
      name: 'theme',
      kind: 'theme',
      label: bilingual('主题分类', 'Theme'),
      description: bilingual('公开目录的主题分类。', 'Theme in the disclosure catalogue.'),
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'dateWritten',
          type: 'date',
          label: dateWrittenLabel,
          admin: {
            date: dayOnly,
            description: bilingual(
              '文件落款处的日期，发布前必须填写。',
              'The date signed at the end of the document; required before publishing.',
            ),
          },
          validate: requiredToPublish(dateWrittenLabel, date as Validate),
        },
        {
          name: 'datePublished',
          type: 'date',
          index: true,
          label: bilingual('发布日期', 'Date published'),
          admin: {
            date: dayOnly,
            description: bilingual(
              '对外公布的日期；列表按此排序，公报按此收录。',
              'When it was made public; lists sort by it and bulletins select by it.',
            ),
          },
        },
        {
          name: 'dateEffective',
          type: 'date',
          label: dateEffectiveLabel,
          admin: {
            date: dayOnly,
            description: bilingual(
              '文件规定的施行日期，不得早于成文日期。',
              'The date it takes effect; never earlier than the date written.',
            ),
          },
          validate: notBefore({
            earlierField: 'dateWritten',
            earlierLabel: dateWrittenLabel,
            laterLabel: dateEffectiveLabel,
          }),
        },
      ],
    },
    validityField(),
    ...disclosureMethodFields(),
    {
      name: 'body',
      type: 'richText',
      label: bilingual('正文', 'Body'),
      admin: {
        description: bilingual(
          '文件全文，发布前必须填写。',
          'The full text of the document; required before publishing.',
        ),
      },
      validate: requiredToPublish(bilingual('正文', 'Body'), richText as Validate),
    },
    attachmentsField(),
    {
      name: 'interpretations',
      type: 'relationship',
      relationTo: slugs.disclosureItems,
      hasMany: true,
      label: bilingual('政策解读', 'Interpretations'),
      admin: { description: bilingual('解读本文件的信息（文字、图解、问答）。', 'Items that explain this document.') },
    },
    {
      name: 'replaces',
      type: 'relationship',
      relationTo: slugs.policies,
      label: bilingual('替代的文件', 'Replaces'),
      admin: {
        description: bilingual('本文件修订或取代的旧文件。', 'The earlier document this one amends or replaces.'),
      },
      validate: (value: unknown, { id }: { id?: number | string }) =>
        value !== null &&
        value !== undefined &&
        id !== undefined &&
        String(typeof value === 'object' ? (value as { id: unknown }).id : value) === String(id)
          ? bilingualMessage('文件不能替代自身', 'a document cannot replace itself')
          : true,
    },
    {
      name: 'replacedBy',
      type: 'join',
      collection: slugs.policies,
      on: 'replaces',
      label: bilingual('被以下文件替代', 'Replaced by'),
      admin: { description: bilingual('由“替代的文件”自动生成。', 'Derived from the newer document’s “Replaces”.') },
    },
    reviewNotesField({ institutionField: 'issuer' }),
  ],
}
