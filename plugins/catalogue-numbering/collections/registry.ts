import type { CollectionConfig } from 'payload'

import { hasRole } from '../../../collections/access/roles'
import { REGISTRY_SLUG } from '../defaults'

/**
 * Every index number ever issued, across all catalogued collections: the uniqueness backstop (one
 * unique index for all collections), the lookup table of the permalink endpoint, and the record of
 * voided numbers (their documents were deleted; the numbers are never issued again).
 */
export const registryCollection = (): CollectionConfig => ({
  slug: REGISTRY_SLUG,
  labels: { singular: { zh: '索引号登记', en: 'Index number' }, plural: { zh: '索引号登记', en: 'Index-number register' } },
  admin: {
    useAsTitle: 'indexNumber',
    defaultColumns: ['indexNumber', 'collectionSlug', 'documentId', 'status', 'assignedAt'],
    group: { zh: '公开目录', en: 'Catalogue' },
    description: {
      zh: '已发出的全部索引号；作废号（文档已删除）永不再用。只读。',
      en: 'Every number issued; voided ones (deleted documents) are never reissued. Read-only.',
    },
  },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin', 'disclosure-office'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'indexNumber', type: 'text', required: true, unique: true, label: { zh: '索引号', en: 'Index number' } },
    { name: 'collectionSlug', type: 'text', required: true, index: true, label: { zh: '类别', en: 'Collection' } },
    { name: 'documentId', type: 'text', required: true, index: true, label: { zh: '文档 ID', en: 'Document ID' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'assigned',
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'assigned', label: { zh: '使用中', en: 'Assigned' } },
        { value: 'voided', label: { zh: '已作废', en: 'Voided' } },
      ],
    },
    { name: 'source', type: 'select', defaultValue: 'issued', options: ['issued', 'imported', 'backfilled'], label: { zh: '来源', en: 'Source' } },
    { name: 'assignedAt', type: 'date', required: true, label: { zh: '发号时间', en: 'Assigned at' } },
    { name: 'voidedAt', type: 'date', label: { zh: '作废时间', en: 'Voided at' } },
  ],
})
