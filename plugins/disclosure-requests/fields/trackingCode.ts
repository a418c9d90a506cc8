import type { TextField } from 'payload'

import type { ResolvedDisclosureRequestsOptions } from '../types'

import { bilingual } from '../../../src/lib/platform/labels'
import { newTrackingCode } from '../trackingCode'

/**
 * 查询码: given to the applicant to follow the request. Made by the server when the request is registered and
 * never changed; a value sent by a client is ignored.
 */
export const trackingCodeField = (options: ResolvedDisclosureRequestsOptions): TextField => ({
  name: 'trackingCode',
  type: 'text',
  unique: true,
  index: true,
  label: bilingual('查询码', 'Tracking code'),
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: bilingual(
      '登记时自动生成，申请人凭此查询办理进度。',
      'Generated when the request is registered; the applicant follows the request with it.',
    ),
  },
  hooks: options.disabled
    ? {}
    : {
        beforeChange: [
          ({ operation, originalDoc }) =>
            operation === 'create' ? newTrackingCode() : (originalDoc as { trackingCode?: string })?.trackingCode,
        ],
      },
})
