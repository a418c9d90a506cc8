import type { CollectionConfig } from 'payload'

import type { ResolvedContentSecurityOptions } from '../types'

import { writtenBySystemOnly } from '../../../src/lib/platform/access'
import { dayAndTime } from '../../../src/lib/platform/dates'
import { bilingual, options as selectOptions } from '../../../src/lib/platform/labels'
import { officeOnly } from '../access'
import { SCANS_SLUG } from '../defaults'

/** 检查报告 (rescan reports): one per run of the rescan task over everything published. */
export const scansCollection = (options: ResolvedContentSecurityOptions): CollectionConfig => ({
  slug: SCANS_SLUG,
  labels: { singular: bilingual('检查报告', 'Content scan'), plural: bilingual('检查报告', 'Content scans') },
  admin: {
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'trigger', 'documentsScanned', 'blockedCount', 'finishedAt'],
    group: bilingual('内容安全', 'Content security'),
    description: bilingual(
      '对所有已发布内容的重新检查（敏感词变更后、每晚）。',
      'Rescans of everything published (after the word list changes, and nightly).',
    ),
  },
  defaultSort: '-startedAt',
  access: writtenBySystemOnly({ read: officeOnly(options) }),
  fields: [
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      label: bilingual('开始', 'Started'),
      admin: { date: dayAndTime, description: bilingual('检查开始的时间。', 'When the rescan started.') },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: bilingual('结束', 'Finished'),
      admin: { date: dayAndTime, description: bilingual('检查结束的时间。', 'When the rescan finished.') },
    },
    {
      name: 'trigger',
      type: 'select',
      required: true,
      options: selectOptions([
        ['wordList', '敏感词变更', 'Word list changed'],
        ['nightly', '每晚', 'Nightly'],
        ['manual', '手动', 'Manual'],
      ]),
      label: bilingual('触发', 'Trigger'),
      admin: { description: bilingual('为什么运行了这次检查。', 'Why this rescan ran.') },
    },
    {
      name: 'documentsScanned',
      type: 'number',
      required: true,
      label: bilingual('检查文档数', 'Documents scanned'),
      admin: { description: bilingual('检查的已发布文档数。', 'How many published documents were scanned.') },
    },
    {
      name: 'findingsByCheck',
      type: 'json',
      label: bilingual('按检查和级别统计', 'Findings by check and severity'),
      admin: {
        description: bilingual(
          '本次发现的问题数，如 {"sensitiveWord":{"block":2}}。',
          'What this rescan found, e.g. {"sensitiveWord":{"block":2}}.',
        ),
      },
    },
    {
      name: 'blockedCount',
      type: 'number',
      label: bilingual('有阻止问题的文档', 'Documents with blocking findings'),
      admin: {
        description: bilingual(
          '有未处理阻止级别问题的已发布文档数。',
          'Published documents with open blocking findings.',
        ),
      },
    },
    {
      name: 'blocked',
      type: 'array',
      label: bilingual('有未处理阻止问题的已发布文档', 'Published documents with open blocking findings'),
      admin: {
        description: bilingual(
          '这些文档已发布但含有阻止级别的问题，请尽快处理。',
          'Published, yet with blocking findings: fix or withdraw them.',
        ),
      },
      fields: [
        {
          name: 'documentCollection',
          type: 'text',
          required: true,
          label: bilingual('集合', 'Collection'),
          admin: { description: bilingual('文档所在的集合。', 'The collection of the document.') },
        },
        {
          name: 'documentId',
          type: 'text',
          required: true,
          label: bilingual('文档', 'Document'),
          admin: { description: bilingual('文档的 ID。', 'The id of the document.') },
        },
        {
          name: 'title',
          type: 'text',
          label: bilingual('标题', 'Title'),
          admin: { description: bilingual('文档的标题。', 'The title of the document.') },
        },
        {
          name: 'matches',
          type: 'text',
          label: bilingual('匹配', 'Matches'),
          admin: { description: bilingual('发现的阻止级别文字。', 'The blocking matches found.') },
        },
      ],
    },
  ],
})
