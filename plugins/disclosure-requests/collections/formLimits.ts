import type { CollectionConfig } from 'payload'

import { writtenBySystemOnly } from '../../../src/lib/platform/access'
import { dayAndTime } from '../../../src/lib/platform/dates'
import { bilingual } from '../../../src/lib/platform/labels'
import { FORM_LIMITS_SLUG } from '../defaults'

/**
 * The public form's flood guard, kept in PostgreSQL so every app instance counts the same: one row per
 * client address and time window (hits counted by an upsert), and one per challenge token used (a token
 * works once). Rows past `expiresAt` are purged as new ones arrive. Internal: no door reads or writes it.
 */
export const formLimitsCollection = (): CollectionConfig => ({
  slug: FORM_LIMITS_SLUG,
  labels: {
    singular: bilingual('网上申请限流记录', 'Request form limit'),
    plural: bilingual('网上申请限流记录', 'Request form limits'),
  },
  admin: { hidden: true },
  access: writtenBySystemOnly({ read: () => false }),
  graphQL: false,
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      label: bilingual('键', 'Key'),
      admin: {
        description: bilingual(
          '客户端地址和时间窗口，或已使用的验证题令牌。',
          'A client address and time window, or a challenge token already used.',
        ),
      },
    },
    {
      name: 'hits',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: bilingual('次数', 'Hits'),
      admin: { description: bilingual('该窗口内的提交次数。', 'Submissions in the window.') },
    },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      index: true,
      label: bilingual('过期时间', 'Expires at'),
      admin: {
        date: dayAndTime,
        description: bilingual('此后该记录被清除。', 'The row is purged after this.'),
      },
    },
  ],
})
