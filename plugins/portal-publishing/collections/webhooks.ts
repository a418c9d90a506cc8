import type { CollectionConfig, OptionLabel } from 'payload'

import { bilingualMessage } from '../../../src/lib/platform/labels'
import { hasRole } from '../../../src/lib/platform/roles'
import { WEBHOOKS_SLUG } from '../defaults'

const isManager = ({ req: { user } }: { req: { user: unknown } }) => hasRole(user, 'admin', 'disclosure-office')

const validUrl = (value: unknown) => {
  try {
    const url = new URL(String(value))
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // fall through to the message
  }
  return bilingualMessage('须为 http(s) 地址', 'must be an http(s) URL')
}

/**
 * Outside subscribers (a city app, a newspaper, the provincial platform): each receives a signed JSON
 * event when a document of its collections is published, updated, withdrawn or deleted on the portal.
 */
/** A subscribable collection: its slug, and its name as the admin shows it (the collection's own plural label). */
export type SubscribableCollection = { slug: string; label: OptionLabel }

export const webhooksCollection = (collections: SubscribableCollection[]): CollectionConfig => ({
  slug: WEBHOOKS_SLUG,
  labels: { singular: { zh: '订阅推送', en: 'Webhook' }, plural: { zh: '订阅推送', en: 'Webhooks' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'collections', 'active'],
    group: { zh: '门户发布', en: 'Portal' },
    description: {
      zh: '发布、更新、撤回时向订阅方推送签名事件（HMAC-SHA256，X-Gongkai-Signature）。',
      en: 'Signed events (HMAC-SHA256, X-Gongkai-Signature) on publish, update and withdrawal.',
    },
  },
  access: { read: isManager, create: isManager, update: isManager, delete: isManager },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { zh: '名称', en: 'Name' },
      admin: {
        description: {
          zh: '订阅方名称，如 市融媒体中心客户端。',
          en: 'Who subscribes, e.g. the city media centre’s app.',
        },
      },
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { zh: '接收地址', en: 'URL' },
      admin: {
        description: {
          zh: '接收推送的 http(s) 地址，如 https://app.example.cn/hooks/gongkai。',
          en: 'The http(s) address that receives events, e.g. https://app.example.cn/hooks/gongkai.',
        },
      },
      validate: validUrl,
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: 16,
      label: { zh: '签名密钥', en: 'Secret' },
      admin: {
        description: { zh: '至少 16 个字符，与订阅方共享。', en: 'At least 16 characters, shared with the receiver.' },
      },
    },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      required: true,
      label: { zh: '推送内容', en: 'Collections' },
      admin: {
        description: {
          zh: '推送哪些集合的文档变化，可多选。',
          en: 'Whose documents’ changes to send; choose one or more.',
        },
      },
      options: collections.map(({ slug, label }) => ({ value: slug, label })),
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { zh: '启用', en: 'Active' },
      admin: {
        description: { zh: '取消勾选即暂停推送，设置保留。', en: 'Untick to pause deliveries; the settings are kept.' },
      },
    },
  ],
})
