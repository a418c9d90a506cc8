import type { CollectionConfig } from 'payload'

import { isAllInstitutionStaff, writtenBySystemOnly } from '../../../src/lib/platform/access'
import { dayAndTime } from '../../../src/lib/platform/dates'
import { REGISTRY_SLUG } from '../defaults'

/**
 * Every index number ever issued, across all catalogued collections: the uniqueness backstop (one
 * unique index for all collections), the lookup table of the permalink endpoint, and the record of
 * voided numbers (their documents were deleted; the numbers are never issued again).
 */
export const registryCollection = (): CollectionConfig => ({
  slug: REGISTRY_SLUG,
  labels: {
    singular: { zh: '索引号登记', en: 'Index number' },
    plural: { zh: '索引号登记', en: 'Index-number register' },
  },
  admin: {
    useAsTitle: 'indexNumber',
    defaultColumns: ['indexNumber', 'collectionSlug', 'documentId', 'status', 'assignedAt'],
    group: { zh: '公开目录', en: 'Catalogue' },
    description: {
      zh: '已发出的全部索引号；作废号（文档已删除）永不再用。只读。',
      en: 'Every number issued; voided ones (deleted documents) are never reissued. Read-only.',
    },
  },
  access: writtenBySystemOnly({ read: isAllInstitutionStaff }),
  fields: [
    {
      name: 'indexNumber',
      type: 'text',
      required: true,
      unique: true,
      label: { zh: '索引号', en: 'Index number' },
      admin: {
        description: {
          zh: '已发出的索引号，如 000014349/2017-00110；全库唯一。',
          en: 'The number issued, e.g. 000014349/2017-00110; unique across all collections.',
        },
      },
    },
    {
      name: 'collectionSlug',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '类别', en: 'Collection' },
      admin: {
        description: {
          zh: '文档所在的集合，如 disclosure-items（政府信息）、policies（政策文件）。',
          en: 'Where the document lives, e.g. disclosure-items or policies.',
        },
      },
    },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '文档 ID', en: 'Document ID' },
      admin: {
        description: {
          zh: '持有该号的文档 ID；文档删除后仍保留。',
          en: 'The ID of the document holding the number; kept after it is deleted.',
        },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'assigned',
      label: { zh: '状态', en: 'Status' },
      admin: {
        description: {
          zh: '文档删除后号码作废，作废号永不再发出。',
          en: 'A number is voided when its document is deleted and never issued again.',
        },
      },
      options: [
        { value: 'assigned', label: { zh: '使用中', en: 'Assigned' } },
        { value: 'voided', label: { zh: '已作废', en: 'Voided' } },
      ],
    },
    {
      name: 'source',
      type: 'select',
      defaultValue: 'issued',
      options: [
        { value: 'issued', label: { zh: '发布时生成', en: 'Issued' } },
        { value: 'imported', label: { zh: '导入', en: 'Imported' } },
        { value: 'backfilled', label: { zh: '补发', en: 'Backfilled' } },
      ],
      label: { zh: '来源', en: 'Source' },
      admin: {
        description: {
          zh: '首次发布时生成、从旧系统导入原号，或为已发布信息补发。',
          en: 'Issued on first publication, imported with its old number, or backfilled for earlier documents.',
        },
      },
    },
    {
      name: 'assignedAt',
      type: 'date',
      required: true,
      label: { zh: '发号时间', en: 'Assigned at' },
      admin: {
        date: dayAndTime,
        description: {
          zh: '号码发出的时间（首次发布、导入或补发时）。',
          en: 'When the number was issued, imported or backfilled.',
        },
      },
    },
    {
      name: 'voidedAt',
      type: 'date',
      label: { zh: '作废时间', en: 'Voided at' },
      admin: {
        date: dayAndTime,
        description: {
          zh: '文档被删除、号码作废的时间；使用中为空。',
          en: 'When the document was deleted and the number voided; empty while assigned.',
        },
      },
    },
  ],
})
