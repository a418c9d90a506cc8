import type { CollectionConfig, Validate } from 'payload'

import { richText, text, textarea } from 'payload/shared'

import { bilingual, bilingualMessage, options } from '../src/lib/platform/labels'
import { versionsKeptForever } from '../src/lib/platform/versions'
import { contentAccess } from './access/content'
import { categoryField } from './fields/category'
import { disclosureMethodFields } from './fields/disclosureMethod'
import { institutionField } from './fields/institution'
import { requiredToPublish } from './fields/requiredToPublish'
import { reviewNotesField } from './fields/reviewNotes'
import { timeLimitField } from './fields/timeLimit'
import { filesFollowDocuments } from './hooks/filesFollowDocuments'
import { slugs } from './slugs'

export const serviceTypes = options([
  ['licensing', '行政许可', 'Administrative licensing'],
  ['penalty', '行政处罚', 'Administrative penalty'],
  ['enforcement', '行政强制', 'Administrative enforcement'],
  ['levy', '行政征收', 'Administrative levy'],
  ['benefit', '行政给付', 'Administrative benefit'],
  ['inspection', '行政检查', 'Administrative inspection'],
  ['confirmation', '行政确认', 'Administrative confirmation'],
  ['reward', '行政奖励', 'Administrative reward'],
  ['adjudication', '行政裁决', 'Administrative adjudication'],
  ['other-power', '其他行政权力', 'Other administrative power'],
  ['public-service', '公共服务', 'Public service'],
])

const nameLabel = bilingual('事项名称', 'Service name')
const legalBasisLabel = bilingual('设定依据', 'Legal basis')
const conditionsLabel = bilingual('受理条件', 'Conditions')
const materialsLabel = bilingual('申请材料', 'Application materials')

type TimeLimit = { kind?: string; workingDays?: number | null } | undefined

/** A promise to be faster than the law is the point of a promised time limit; slower is a data error. */
const promisedWithinLegal: Validate = (value, { siblingData }) => {
  const promised = value as TimeLimit
  const legal = (siblingData as { legalTimeLimit?: TimeLimit })?.legalTimeLimit
  if (promised?.kind !== 'working-days' || legal?.kind !== 'working-days') return true
  if (!promised.workingDays || !legal.workingDays) return true
  return promised.workingDays <= legal.workingDays
    ? true
    : bilingualMessage('承诺时限不能长于法定时限', 'the promised time limit cannot exceed the legal one')
}

/** 政务服务事项 (approval service entry): a service guide with every element the national check requires. */
export const ApprovalServices: CollectionConfig = {
  slug: slugs.approvalServices,
  labels: {
    singular: bilingual('政务服务事项', 'Approval service'),
    plural: bilingual('政务服务事项', 'Approval services'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'serviceType', 'institution', 'implementationCode', '_status'],
    group: bilingual('公开内容', 'Content'),
    description: bilingual(
      '办事指南：缺少事项名称、设定依据、受理条件或申请材料的事项不能发布。',
      'Service guides: one without name, legal basis, conditions or materials cannot be published.',
    ),
  },
  access: contentAccess({ institutionField: 'institution', hasDisclosureMethod: true }),
  versions: versionsKeptForever,
  hooks: filesFollowDocuments(['materials.template']),
  fields: [
    {
      name: 'name',
      type: 'text',
      label: nameLabel,
      admin: {
        description: bilingual(
          '实施清单中的标准名称，如 建筑工程施工许可证核发；发布前必须填写。',
          'The standard name in the implementation list, e.g. 建筑工程施工许可证核发; required to publish.',
        ),
      },
      validate: requiredToPublish(nameLabel, text as Validate),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'basicCode',
          type: 'text',
          index: true,
          label: bilingual('基本编码', 'Basic code'),
          admin: { description: bilingual('国家政务服务事项基本目录编码。', 'Code in the national basic catalogue.') },
        },
        {
          name: 'implementationCode',
          type: 'text',
          index: true,
          label: bilingual('实施编码', 'Implementation code'),
          admin: { description: bilingual('本地实施清单编码。', 'Code in the local implementation list.') },
        },
      ],
    },
    {
      name: 'serviceType',
      type: 'select',
      required: true,
      index: true,
      label: bilingual('事项类型', 'Service type'),
      options: serviceTypes,
      admin: {
        description: bilingual(
          '权力清单中的类别，如 行政许可、公共服务。',
          'The category in the power list, e.g. administrative licensing or public service.',
        ),
      },
    },
    institutionField({
      label: bilingual('实施主体', 'Implementing body'),
      description: bilingual('受理并办理本事项的机关。', 'The body that receives and decides applications.'),
    }),
    categoryField({
      name: 'theme',
      kind: 'theme',
      label: bilingual('主题分类', 'Theme'),
      description: bilingual('公开目录的主题分类。', 'Theme in the disclosure catalogue.'),
    }),
    {
      name: 'legalBasis',
      type: 'textarea',
      label: legalBasisLabel,
      admin: { description: bilingual('法律法规名称及条款。', 'The laws and articles that establish the service.') },
      validate: requiredToPublish(legalBasisLabel, textarea as Validate),
    },
    {
      name: 'conditions',
      type: 'richText',
      label: conditionsLabel,
      admin: {
        description: bilingual(
          '申请人须符合的条件，逐条列出；发布前必须填写。',
          'What an applicant must meet, one condition per line; required to publish.',
        ),
      },
      validate: requiredToPublish(conditionsLabel, richText as Validate),
    },
    {
      name: 'materials',
      type: 'array',
      label: materialsLabel,
      labels: { singular: bilingual('材料', 'Material'), plural: materialsLabel },
      admin: {
        description: bilingual(
          '申请人须提交的材料，每种一行；发布前至少填一项。',
          'What the applicant hands in, one row each; at least one to publish.',
        ),
      },
      validate: requiredToPublish(materialsLabel),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              label: bilingual('材料名称', 'Name'),
              admin: {
                description: bilingual(
                  '材料全称，如 居民身份证、营业执照。',
                  'The full name, e.g. 居民身份证 or 营业执照.',
                ),
              },
            },
            {
              name: 'form',
              type: 'select',
              hasMany: true,
              required: true,
              label: bilingual('材料形式', 'Form'),
              admin: {
                description: bilingual('可多选：原件、复印件、电子件。', 'One or more: original, copy, electronic.'),
              },
              options: options([
                ['original', '原件', 'Original'],
                ['copy', '复印件', 'Copy'],
                ['electronic', '电子件', 'Electronic'],
              ]),
            },
            {
              name: 'count',
              type: 'number',
              min: 1,
              defaultValue: 1,
              label: bilingual('份数', 'Copies'),
              admin: { description: bilingual('须提交的份数，至少 1 份。', 'How many copies to hand in; at least 1.') },
            },
          ],
        },
        {
          name: 'template',
          type: 'upload',
          relationTo: slugs.media,
          label: bilingual('空白表格/样表', 'Form template'),
          admin: { description: bilingual('供申请人下载的表格。', 'A form applicants can download.') },
        },
      ],
    },
    {
      name: 'procedure',
      type: 'richText',
      label: bilingual('办理流程', 'Procedure'),
      admin: {
        description: bilingual(
          '从申请、受理、审查到决定、送达的各个步骤。',
          'The steps: application, acceptance, review, decision and delivery.',
        ),
      },
    },
    timeLimitField({
      name: 'legalTimeLimit',
      label: bilingual('法定时限', 'Legal time limit'),
      description: bilingual('法律规定的办理期限。', 'The time limit set by law.'),
    }),
    {
      ...timeLimitField({
        name: 'promisedTimeLimit',
        label: bilingual('承诺时限', 'Promised time limit'),
        description: bilingual(
          '本机关承诺的办理期限，不长于法定时限。',
          'What this body promises; no longer than the legal limit.',
        ),
      }),
      validate: promisedWithinLegal,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'feeBasis',
          type: 'textarea',
          label: bilingual('收费依据', 'Fee basis'),
          admin: {
            description: bilingual(
              '收费所依据的法规或文件及文号；不收费留空。',
              'The law or document (with its number) that sets the fee; empty when free.',
            ),
          },
        },
        {
          name: 'feeStandard',
          type: 'textarea',
          label: bilingual('收费标准', 'Fee standard'),
          admin: { description: bilingual('不收费填“不收费”。', 'Write 不收费 when free.') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'location',
          type: 'text',
          label: bilingual('办理地点', 'Location'),
          admin: {
            description: bilingual(
              '受理窗口的地址，如 市政务服务中心二楼 12 号窗口。',
              'Where applications are received, e.g. window 12, 2nd floor, city service centre.',
            ),
          },
        },
        {
          name: 'hours',
          type: 'text',
          label: bilingual('办理时间', 'Hours'),
          admin: {
            description: bilingual(
              '如 工作日 9:00–12:00，13:30–17:00（法定节假日除外）',
              'e.g. weekdays 9:00–12:00, 13:30–17:00, except public holidays',
            ),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'consultPhone',
          type: 'text',
          label: bilingual('咨询电话', 'Enquiries phone'),
          admin: { description: bilingual('带区号，如 0470-3212345。', 'With the area code, e.g. 0470-3212345.') },
        },
        {
          name: 'complaintPhone',
          type: 'text',
          label: bilingual('监督投诉电话', 'Complaints phone'),
          admin: {
            description: bilingual(
              '受理投诉的电话，带区号；也可填 12345 政务服务便民热线。',
              'Where to complain, with the area code; the 12345 hotline also qualifies.',
            ),
          },
        },
      ],
    },
    ...disclosureMethodFields(),
    reviewNotesField(),
  ],
}
