import type { CollectionConfig } from 'payload'

import type { ResolvedContentSecurityOptions } from '../types'

import { writtenBySystemOnly } from '../../../src/lib/platform/access'
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
    { name: 'startedAt', type: 'date', required: true, label: bilingual('开始', 'Started') },
    { name: 'finishedAt', type: 'date', label: bilingual('结束', 'Finished') },
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
    },
    { name: 'documentsScanned', type: 'number', required: true, label: bilingual('检查文档数', 'Documents scanned') },
    {
      name: 'findingsByCheck',
      type: 'json',
      label: bilingual('按检查和级别统计', 'Findings by check and severity'),
      admin: { description: bilingual('如 {"sensitiveWord":{"block":2}}', 'e.g. {"sensitiveWord":{"block":2}}') },
    },
    { name: 'blockedCount', type: 'number', label: bilingual('有阻止问题的文档', 'Documents with blocking findings') },
    {
      name: 'blocked',
      type: 'array',
      label: bilingual('有未处理阻止问题的已发布文档', 'Published documents with open blocking findings'),
      fields: [
        { name: 'documentCollection', type: 'text', required: true, label: bilingual('集合', 'Collection') },
        { name: 'documentId', type: 'text', required: true, label: bilingual('文档', 'Document') },
        { name: 'title', type: 'text', label: bilingual('标题', 'Title') },
        { name: 'matches', type: 'text', label: bilingual('匹配', 'Matches') },
      ],
    },
  ],
})
