import type { LookupOutcome, TrackingKey } from '../../../../../plugins/disclosure-requests'

import { TOO_MANY } from '../_data/states'

/** The code and the phone's last four digits, as the tracking and download forms send them. */
export const trackingKeyOf = (form: FormData): TrackingKey => ({
  code: String(form.get('code') ?? '').slice(0, 40),
  phoneTail: String(form.get('phoneTail') ?? '').slice(0, 10),
})

export const noticeOf = (outcome: Exclude<LookupOutcome, { kind: 'found' }>): string =>
  outcome.kind === 'invalid'
    ? outcome.message
    : outcome.kind === 'notFound'
      ? '没有找到与查询码和电话号码相符的申请，请核对后重试。'
      : TOO_MANY
