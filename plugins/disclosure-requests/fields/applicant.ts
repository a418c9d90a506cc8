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
  },
  {
    name: 'applicantName',
    type: 'text',
    required: true,
    label: bilingual('申请人姓名或名称', 'Applicant name'),
  },
  {
    name: 'applicantIdNumber',
    type: 'text',
    label: bilingual('身份证件号码或统一社会信用代码', 'ID number or unified social credit code'),
  },
  {
    name: 'contact',
    type: 'group',
    label: bilingual('联系方式', 'Contact'),
    fields: [
      { name: 'phone', type: 'text', label: bilingual('联系电话', 'Phone') },
      { name: 'email', type: 'email', label: bilingual('电子邮箱', 'E-mail') },
      { name: 'address', type: 'textarea', label: bilingual('通信地址', 'Postal address') },
    ],
  },
]
