import type { CollectionConfig } from 'payload'

import { hasRole } from '../../../collections/access/roles'
import { SEARCH_INDEX_SLUG } from '../defaults'

const text = (name: string, zh: string, en: string, extra: Record<string, unknown> = {}) =>
  ({ name, type: 'text', label: { zh, en }, ...extra }) as const

/**
 * What the portal may show, one row per published 主动公开 document: the search index, and the source
 * of feeds and the sitemap. Written by the plugin's hooks inside the publishing transaction, so a row
 * exists exactly while its document is public. The migration adds `search_vector`, a tsvector generated
 * from the three lexeme columns (weights A, B, D), with a GIN index.
 */
export const searchIndexCollection = (): CollectionConfig => ({
  slug: SEARCH_INDEX_SLUG,
  labels: { singular: { zh: '检索索引', en: 'Search entry' }, plural: { zh: '检索索引', en: 'Search index' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docCollection', 'documentNumber', 'indexNumber', 'date'],
    group: { zh: '门户发布', en: 'Portal' },
    description: {
      zh: '门户网站检索、订阅源和站点地图所用的已公开信息。由系统维护，只读；可在任务中重建。',
      en: 'The public documents behind portal search, feeds and the sitemap. Maintained by the system; read-only.',
    },
  },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin', 'disclosure-office'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['docCollection', 'docId'], unique: true }],
  fields: [
    // Text, not a select: adding a collection to the plugin must not need a migration of this table.
    text('docCollection', '类别', 'Collection', { required: true, index: true }),
    text('docId', '文档 ID', 'Document ID', { required: true }),
    text('title', '标题', 'Title', { required: true }),
    text('url', '门户地址', 'Portal path', { required: true }),
    text('documentNumber', '文号', 'Document number'),
    text('indexNumber', '索引号', 'Index number'),
    text('documentNumberKey', '文号检索键', 'Document number key', { index: true, admin: { hidden: true } }),
    text('indexNumberKey', '索引号检索键', 'Index number key', { index: true, admin: { hidden: true } }),
    { name: 'institution', type: 'number', index: true, label: { zh: '发布机构', en: 'Institution' } },
    { name: 'theme', type: 'number', index: true, label: { zh: '主题分类', en: 'Theme' } },
    { name: 'genre', type: 'number', index: true, label: { zh: '体裁分类', en: 'Genre' } },
    text('validity', '有效性', 'Validity', { index: true }),
    { name: 'year', type: 'number', index: true, label: { zh: '年份', en: 'Year' } },
    { name: 'date', type: 'date', index: true, label: { zh: '日期', en: 'Date' } },
    { name: 'summary', type: 'textarea', label: { zh: '摘要', en: 'Summary' } },
    { name: 'bodyText', type: 'textarea', label: { zh: '正文', en: 'Body text' }, admin: { hidden: true } },
    { name: 'lexemesTitle', type: 'textarea', admin: { hidden: true } },
    { name: 'lexemesMeta', type: 'textarea', admin: { hidden: true } },
    { name: 'lexemesBody', type: 'textarea', admin: { hidden: true } },
  ],
})
