import type { CollectionConfig } from 'payload'

import { hasRole } from '../../../collections/access/roles'
import { DELIVERIES_SLUG, WEBHOOKS_SLUG } from '../defaults'

/** One row per delivery attempt: what was sent where, and what came back. Written by the delivery task only. */
export const webhookDeliveriesCollection = (): CollectionConfig => ({
  slug: DELIVERIES_SLUG,
  labels: { singular: { zh: '推送记录', en: 'Webhook delivery' }, plural: { zh: '推送记录', en: 'Webhook deliveries' } },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['webhook', 'eventType', 'statusCode', 'attempt', 'isSuccess', 'createdAt'],
    group: { zh: '门户发布', en: 'Portal' },
  },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin', 'disclosure-office'),
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  defaultSort: '-createdAt',
  fields: [
    // Not required: the log outlives a deleted subscriber (its rows keep the event, lose the link).
    { name: 'webhook', type: 'relationship', relationTo: WEBHOOKS_SLUG, index: true, label: { zh: '订阅', en: 'Webhook' } },
    { name: 'eventId', type: 'text', required: true, index: true, label: { zh: '事件 ID', en: 'Event ID' } },
    { name: 'eventType', type: 'text', required: true, label: { zh: '事件', en: 'Event' } },
    { name: 'docCollection', type: 'text', label: { zh: '类别', en: 'Collection' } },
    { name: 'docId', type: 'text', label: { zh: '文档 ID', en: 'Document ID' } },
    { name: 'attempt', type: 'number', required: true, label: { zh: '第几次', en: 'Attempt' } },
    { name: 'statusCode', type: 'number', label: { zh: '响应码', en: 'Status code' } },
    { name: 'isSuccess', type: 'checkbox', defaultValue: false, label: { zh: '成功', en: 'Succeeded' } },
    { name: 'error', type: 'textarea', label: { zh: '错误', en: 'Error' } },
    { name: 'durationMs', type: 'number', label: { zh: '耗时（毫秒）', en: 'Duration (ms)' } },
  ],
})
