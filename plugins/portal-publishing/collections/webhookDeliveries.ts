import type { CollectionConfig } from 'payload'

import { isAllInstitutionStaff, writtenBySystemOnly } from '../../../src/lib/platform/access'
import { hasRole } from '../../../src/lib/platform/roles'
import { DELIVERIES_SLUG, WEBHOOKS_SLUG } from '../defaults'

/** One row per delivery attempt: what was sent where, and what came back. Written by the delivery task only. */
export const webhookDeliveriesCollection = (): CollectionConfig => ({
  slug: DELIVERIES_SLUG,
  labels: {
    singular: { zh: '推送记录', en: 'Webhook delivery' },
    plural: { zh: '推送记录', en: 'Webhook deliveries' },
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['webhook', 'eventType', 'statusCode', 'attempt', 'isSuccess', 'createdAt'],
    group: { zh: '门户发布', en: 'Portal' },
    description: {
      zh: '每次推送尝试的记录：发往哪里、对方如何答复。只读。',
      en: 'Every delivery attempt: where it went and what came back. Read-only.',
    },
  },
  // An admin may clear the log.
  access: {
    ...writtenBySystemOnly({ read: isAllInstitutionStaff }),
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  defaultSort: '-createdAt',
  fields: [
    // Not required: the log outlives a deleted subscriber (its rows keep the event, lose the link).
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: WEBHOOKS_SLUG,
      index: true,
      label: { zh: '订阅', en: 'Webhook' },
      admin: {
        description: {
          zh: '推送给哪个订阅方；订阅删除后为空，记录保留。',
          en: 'The subscriber; empty once it is deleted, the record stays.',
        },
      },
    },
    {
      name: 'eventId',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '事件 ID', en: 'Event ID' },
      admin: {
        description: {
          zh: '重试时不变，接收方可据此去重。',
          en: 'The same on every retry, so the receiver can drop duplicates.',
        },
      },
    },
    {
      name: 'eventType',
      type: 'text',
      required: true,
      label: { zh: '事件', en: 'Event' },
      admin: {
        description: {
          zh: 'published 发布、updated 更新、withdrawn 撤回 或 deleted 删除。',
          en: 'published, updated, withdrawn or deleted.',
        },
      },
    },
    {
      name: 'docCollection',
      type: 'text',
      label: { zh: '类别', en: 'Collection' },
      admin: {
        description: {
          zh: '变化文档所在的集合，如 policies。',
          en: 'The changed document’s collection, e.g. policies.',
        },
      },
    },
    {
      name: 'docId',
      type: 'text',
      label: { zh: '文档 ID', en: 'Document ID' },
      admin: { description: { zh: '变化文档的 ID。', en: 'The changed document’s ID.' } },
    },
    {
      name: 'attempt',
      type: 'number',
      required: true,
      label: { zh: '第几次', en: 'Attempt' },
      admin: {
        description: {
          zh: '第几次投递；失败后按间隔自动重试。',
          en: 'Which try this was; failures are retried automatically with backoff.',
        },
      },
    },
    {
      name: 'statusCode',
      type: 'number',
      label: { zh: '响应码', en: 'Status code' },
      admin: {
        description: {
          zh: '对方返回的 HTTP 状态码，2xx 表示收到；无响应时为空。',
          en: 'The receiver’s HTTP status, 2xx meaning received; empty when it did not answer.',
        },
      },
    },
    {
      name: 'isSuccess',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '成功', en: 'Succeeded' },
      admin: { description: { zh: '对方返回 2xx 时勾选。', en: 'Ticked when the receiver answered 2xx.' } },
    },
    {
      name: 'error',
      type: 'textarea',
      label: { zh: '错误', en: 'Error' },
      admin: {
        description: {
          zh: '失败原因，如 超时、连接被拒绝或对方返回 500。',
          en: 'Why it failed, e.g. a timeout, a refused connection or a 500 answer.',
        },
      },
    },
    {
      name: 'durationMs',
      type: 'number',
      label: { zh: '耗时（毫秒）', en: 'Duration (ms)' },
      admin: { description: { zh: '从发出到收到答复的时间。', en: 'From sending to the answer.' } },
    },
  ],
})
