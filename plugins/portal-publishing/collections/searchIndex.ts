import type { CollectionConfig } from 'payload'

import { isAllInstitutionStaff, writtenBySystemOnly } from '../../../src/lib/platform/access'
import { dayOnly } from '../../../src/lib/platform/dates'
import { SEARCH_INDEX_SLUG } from '../defaults'

type Text = { zh: string; en: string }

const text = (name: string, label: Text, description: Text, extra: Record<string, unknown> = {}) =>
  ({ name, type: 'text', label, admin: { description }, ...extra }) as const

/** Fields only the search query reads: no description, as nobody sees them. */
const hiddenText = (name: string, label: Text, extra: Record<string, unknown> = {}) =>
  ({ name, type: 'text', label, ...extra, admin: { hidden: true } }) as const

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
  access: writtenBySystemOnly({ read: isAllInstitutionStaff }),
  indexes: [{ fields: ['docCollection', 'docId'], unique: true }],
  fields: [
    // Text, not a select: adding a collection to the plugin must not need a migration of this table.
    text(
      'docCollection',
      { zh: '类别', en: 'Collection' },
      {
        zh: '来源集合，如 disclosure-items（政府信息）、policies（政策文件）。',
        en: 'The source collection, e.g. disclosure-items or policies.',
      },
      { required: true, index: true },
    ),
    text(
      'docId',
      { zh: '文档 ID', en: 'Document ID' },
      { zh: '来源文档的 ID。', en: 'The ID of the source document.' },
      { required: true },
    ),
    text(
      'title',
      { zh: '标题', en: 'Title' },
      {
        zh: '检索结果中显示的标题，取自来源文档。',
        en: 'The title shown in search results, copied from the document.',
      },
      { required: true },
    ),
    text(
      'url',
      { zh: '门户地址', en: 'Portal path' },
      {
        zh: '门户上的页面路径，如 /catalogue/000014349%2F2017-00110。',
        en: 'The page’s path on the portal, e.g. /catalogue/000014349%2F2017-00110.',
      },
      { required: true },
    ),
    text(
      'documentNumber',
      { zh: '文号', en: 'Document number' },
      {
        zh: '来源文档的文号，如 扎政发〔2011〕12号；可按文号检索。',
        en: 'The document number, e.g. 扎政发〔2011〕12号; searchable.',
      },
    ),
    text(
      'indexNumber',
      { zh: '索引号', en: 'Index number' },
      {
        zh: '来源文档的索引号，如 000014349/2017-00110；可按索引号检索。',
        en: 'The index number, e.g. 000014349/2017-00110; searchable.',
      },
    ),
    hiddenText('documentNumberKey', { zh: '文号检索键', en: 'Document number key' }, { index: true }),
    hiddenText('indexNumberKey', { zh: '索引号检索键', en: 'Index number key' }, { index: true }),
    {
      name: 'institution',
      type: 'number',
      index: true,
      label: { zh: '发布机构', en: 'Institution' },
      admin: {
        description: {
          zh: '发布机构的 ID，门户按机构浏览目录时使用。',
          en: 'The publisher’s institution ID, for browsing the catalogue by institution.',
        },
      },
    },
    {
      name: 'theme',
      type: 'number',
      index: true,
      label: { zh: '主题分类', en: 'Theme' },
      admin: {
        description: {
          zh: '主题分类的 ID，门户按主题浏览时使用。',
          en: 'The theme category ID, for browsing by theme.',
        },
      },
    },
    {
      name: 'genre',
      type: 'number',
      index: true,
      label: { zh: '体裁分类', en: 'Genre' },
      admin: {
        description: {
          zh: '体裁分类的 ID，门户按体裁浏览时使用。',
          en: 'The genre category ID, for browsing by genre.',
        },
      },
    },
    text(
      'validity',
      { zh: '有效性', en: 'Validity' },
      {
        zh: '代码：valid 有效、expired 失效、repealed 废止、amended 已修订。',
        en: 'Code: valid, expired, repealed or amended.',
      },
      { index: true },
    ),
    {
      name: 'year',
      type: 'number',
      index: true,
      label: { zh: '年份', en: 'Year' },
      admin: {
        description: { zh: '信息的年份，门户按年份浏览时使用。', en: 'The document’s year, for browsing by year.' },
      },
    },
    {
      name: 'date',
      type: 'date',
      index: true,
      label: { zh: '日期', en: 'Date' },
      admin: {
        date: dayOnly,
        description: {
          zh: '生成日期或发布日期，检索结果按此排序。',
          en: 'The date made or published; results sort by it.',
        },
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { zh: '摘要', en: 'Summary' },
      admin: { description: { zh: '内容概述，显示在检索结果中。', en: 'The summary shown in search results.' } },
    },
    { name: 'bodyText', type: 'textarea', label: { zh: '正文', en: 'Body text' }, admin: { hidden: true } },
    { name: 'lexemesTitle', type: 'textarea', admin: { hidden: true } },
    { name: 'lexemesMeta', type: 'textarea', admin: { hidden: true } },
    { name: 'lexemesBody', type: 'textarea', admin: { hidden: true } },
  ],
})
