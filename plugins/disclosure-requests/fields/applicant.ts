import type { Field } from 'payload'

import { bilingual, options } from '../../../src/lib/platform/labels'

/** The applicant kinds of the annual report's table 三: a natural person, or one of five kinds of organisation. */
export const applicantTypeOptions = options([
  ['naturalPerson', '自然人', 'Natural person'],
  ['commercialEnterprise', '法人或其他组织 — 商业企业', 'Organisation — commercial enterprise'],
  ['researchInstitution', '法人或其他组织 — 科研机构', 'Organisation — research institution'],
  ['publicWelfareOrganisation', '法人或其他组织 — 社会公益组织', 'Organisation — public welfare organisation'],
  ['legalServiceProvider', '法人或其他组织 — 法律服务机构', 'Organisation — legal service provider'],
  ['otherOrganisation', '法人或其他组织 — 其他', 'Organisation — other'],
])

/** Who asks, and how to reach them: personal data, which only the office and the handling institution read. */
export const applicantFields = (): Field[] => [
  {
    name: 'applicantType',
    type: 'select',
    required: true,
    options: applicantTypeOptions,
    label: bilingual('申请人类型', 'Applicant type'),
    admin: {
      description: bilingual(
        '按年度报告表三的申请人分类：自然人，或法人或其他组织的五类。',
        'As the annual report’s table 三 counts applicants: a natural person, or one of five kinds of organisation.',
      ),
    },
  },
  {
    name: 'applicantName',
    type: 'text',
    required: true,
    label: bilingual('申请人姓名或名称', 'Applicant name'),
    admin: {
      description: bilingual(
        '自然人的姓名，或法人、其他组织的名称。',
        'A person’s name, or the name of the organisation.',
      ),
    },
  },
  {
    name: 'applicantIdNumber',
    type: 'text',
    label: bilingual('身份证件号码或统一社会信用代码', 'ID number or unified social credit code'),
    admin: {
      description: bilingual(
        '自然人填身份证件号码，组织填统一社会信用代码。',
        'A person’s identity document number, or an organisation’s unified social credit code.',
      ),
    },
  },
  {
    name: 'contact',
    type: 'group',
    label: bilingual('联系方式', 'Contact'),
    admin: {
      description: bilingual('用于告知补正、延期和送达答复。', 'Where corrections, extensions and the reply are sent.'),
    },
    fields: [
      {
        name: 'phone',
        type: 'text',
        label: bilingual('联系电话', 'Phone'),
        admin: { description: bilingual('手机或固定电话。', 'A mobile or landline number.') },
      },
      {
        name: 'email',
        type: 'email',
        label: bilingual('电子邮箱', 'E-mail'),
        admin: { description: bilingual('选择电子邮件送达时必填。', 'Needed when the reply goes by e-mail.') },
      },
      {
        name: 'address',
        type: 'textarea',
        label: bilingual('通信地址', 'Postal address'),
        admin: {
          description: bilingual('邮寄送达答复的地址和邮政编码。', 'Address and postcode for a reply by post.'),
        },
      },
    ],
  },
]
