import type { CollectionConfig, Validate } from 'payload'

import { number } from 'payload/shared'

import type { ResolvedBulletinOptions } from '../types'

import { dayAndTime, dayOnly } from '../../../src/lib/platform/dates'
import { bilingual } from '../../../src/lib/platform/labels'
import { versionsKeptForever } from '../../../src/lib/platform/versions'
import { deleteUnpublishedOnly, editorsOnly, publishedOrEditors } from '../access'
import { ISSUES_SLUG } from '../defaults'
import { cumulativeNumberUnique, issueNumberUniqueInYear } from '../fields/numberRules'
import { sectionsField } from '../fields/sections'

const both =
  (...validators: Validate[]): Validate =>
  async (value, args) => {
    for (const validate of validators) {
      const result = await validate(value, args)
      if (result !== true) return result
    }
    return true
  }

/**
 * 公报 / 资讯 issues: assembled from published items by bulletin editors, frozen when published.
 * The schema only; behaviour (freezing, endpoints) is added by the plugin unless disabled.
 */
export const issuesCollection = (options: ResolvedBulletinOptions): CollectionConfig => ({
  slug: ISSUES_SLUG,
  labels: { singular: bilingual('公报期刊', 'Bulletin issue'), plural: bilingual('公报期刊', 'Bulletin issues') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'issueNumber', 'cumulativeNumber', 'publicationDate', '_status'],
    group: bilingual('公报', 'Bulletin'),
    description: bilingual(
      '由已发布的主动公开信息编成，发布时冻结，可导出印刷版 PDF、DOCX。',
      'Assembled from published items, frozen on publication, exported for print.',
    ),
  },
  defaultSort: '-publicationDate',
  access: {
    read: publishedOrEditors,
    readVersions: editorsOnly,
    create: editorsOnly,
    update: editorsOnly,
    delete: deleteUnpublishedOnly,
  },
  versions: versionsKeptForever,
  indexes: [{ fields: ['year', 'issueNumber'], unique: true }],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      defaultValue: options.defaultMasthead,
      label: bilingual('刊名', 'Masthead'),
      admin: {
        description: bilingual('如 扎兰资讯、扎兰屯市人民政府公报。', 'E.g. 扎兰资讯 or 扎兰屯市人民政府公报.'),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          min: 1949,
          max: 2999,
          index: true,
          label: bilingual('年份', 'Year'),
          admin: { description: bilingual('与期号组成“2011年第3期”。', 'With the issue number it reads 2011年第3期.') },
        },
        {
          name: 'issueNumber',
          type: 'number',
          required: true,
          min: 1,
          label: bilingual('期号', 'Issue number'),
          admin: {
            description: bilingual(
              '当年第几期，每年从 1 起，同年不能重复。',
              'The number within the year, from 1 each year; unique within the year.',
            ),
          },
          validate: both(number as Validate, issueNumberUniqueInYear),
        },
        {
          name: 'cumulativeNumber',
          type: 'number',
          required: true,
          min: 1,
          unique: true,
          label: bilingual('总期号', 'Cumulative number'),
          admin: { description: bilingual('总第N期。', 'The N of 总第N期.') },
          validate: both(number as Validate, cumulativeNumberUnique),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'publicationDate',
          type: 'date',
          required: true,
          index: true,
          label: bilingual('出版日期', 'Publication date'),
          admin: { date: dayOnly, description: bilingual('印在封面上的出版日期。', 'The date printed on the cover.') },
        },
        {
          name: 'coversFrom',
          type: 'date',
          label: bilingual('收录起始', 'Covers from'),
          admin: {
            date: dayOnly,
            description: bilingual('选文件时按此期间筛选。', 'The picker lists documents of this period.'),
          },
        },
        {
          name: 'coversTo',
          type: 'date',
          label: bilingual('收录截止', 'Covers to'),
          admin: {
            date: dayOnly,
            description: bilingual('收录期间的最后一天（含当天）。', 'The last day of the period covered, inclusive.'),
          },
        },
      ],
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: bilingual('封面图片', 'Cover image'),
      admin: {
        description: bilingual(
          '可选，印在封面刊名下方，JPG 或 PNG。',
          'Optional; printed on the cover below the masthead, JPG or PNG.',
        ),
      },
    },
    {
      name: 'editorsNote',
      type: 'richText',
      label: bilingual('编者按', 'Editor’s note'),
      admin: {
        description: bilingual(
          '可选，印在目录之后、正文之前。',
          'Optional; printed after the contents, before the first section.',
        ),
      },
    },
    sectionsField({ columns: options.columns, sources: options.sources }),
    {
      name: 'frozenAt',
      type: 'date',
      label: bilingual('冻结时间', 'Frozen at'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: dayAndTime,
        description: bilingual(
          '发布时冻结；之后刊印内容不再改变。',
          'Set on publication; what prints never changes after.',
        ),
      },
    },
    {
      name: 'contentHash',
      type: 'text',
      label: bilingual('内容哈希', 'Content hash'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: bilingual(
          '发布时对整期刊印内容计算的 SHA-256，下载文件附带此值以便核验。',
          'SHA-256 of the whole printed issue, set on publication; downloads carry it for checking.',
        ),
      },
    },
  ],
})
