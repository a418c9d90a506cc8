import type { SelectField } from 'payload'

import { bilingual, options } from '../../../src/lib/platform/labels'

/** How the applicant wants the reply (the national request form's 获取信息的方式). */
export const deliveryMethodOptions = options([
  ['online', '网上查询下载', 'Download online'],
  ['email', '电子邮件', 'E-mail'],
  ['post', '邮寄', 'Post'],
  ['pickup', '当面领取', 'Pick up in person'],
])

export const deliveryMethodField = (): SelectField => ({
  name: 'deliveryMethod',
  type: 'select',
  options: deliveryMethodOptions,
  label: bilingual('获取信息方式', 'Delivery'),
  admin: {
    description: bilingual(
      '申请人希望的答复送达方式；电子邮件需填邮箱，邮寄需填通信地址。',
      'How the applicant wants the reply; e-mail needs an address to mail to, post a postal address.',
    ),
  },
})
