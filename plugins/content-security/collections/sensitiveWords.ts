import type { CollectionConfig } from 'payload'

import type { ResolvedContentSecurityOptions } from '../types'

import { bilingual, options as selectOptions } from '../../../src/lib/platform/labels'
import { officeOnly } from '../access'
import { WORDS_SLUG } from '../defaults'
import { queueRescanOnChange, queueRescanOnDelete } from '../hooks/queueRescan'

export const severityOptions = selectOptions([
  ['block', '阻止发布', 'Blocks publication'],
  ['warn', '提示', 'Warning'],
])

/**
 * 敏感词 (the sensitive-word list): terms whose appearance in a document is a finding. Kept by the disclosure
 * office; every change queues a rescan of everything published.
 */
export const sensitiveWordsCollection = (options: ResolvedContentSecurityOptions): CollectionConfig => {
  const office = officeOnly(options)
  return {
    slug: WORDS_SLUG,
    labels: { singular: bilingual('敏感词', 'Sensitive word'), plural: bilingual('敏感词', 'Sensitive words') },
    admin: {
      useAsTitle: 'term',
      defaultColumns: ['term', 'severity', 'category', 'note'],
      group: bilingual('内容安全', 'Content security'),
      description: bilingual(
        '发布前检查的敏感词（不区分大小写和全半角）。修改后自动重新检查所有已发布内容。',
        'Terms checked before publication (case- and width-insensitive). A change rescans everything published.',
      ),
    },
    access: { read: office, create: office, update: office, delete: office },
    hooks: options.disabled ? {} : { afterChange: [queueRescanOnChange()], afterDelete: [queueRescanOnDelete()] },
    fields: [
      {
        name: 'term',
        type: 'text',
        required: true,
        unique: true,
        label: bilingual('词语', 'Term'),
        admin: {
          description: bilingual(
            '出现在标题、摘要、正文或附件中即报告，如 博彩、365bet。',
            'Reported wherever it appears in a title, summary, body or attachment, e.g. 博彩, 365bet.',
          ),
        },
      },
      {
        name: 'severity',
        type: 'select',
        required: true,
        defaultValue: 'block',
        options: severityOptions,
        label: bilingual('级别', 'Severity'),
        admin: {
          description: bilingual(
            '阻止发布：未解决或未认定误报前不能发布；提示：只报告。',
            'Blocks publication until fixed or accepted as a false positive; a warning is only reported.',
          ),
        },
      },
      {
        name: 'category',
        type: 'select',
        required: true,
        defaultValue: 'other',
        options: selectOptions([
          ['gambling', '赌博', 'Gambling'],
          ['pornography', '色情', 'Pornography'],
          ['fraud', '诈骗', 'Fraud'],
          ['other', '其他', 'Other'],
        ]),
        label: bilingual('类别', 'Category'),
        admin: { description: bilingual('用于统计和筛选。', 'For reports and filtering.') },
      },
      {
        name: 'note',
        type: 'textarea',
        label: bilingual('备注', 'Note'),
        admin: {
          description: bilingual(
            '来源或说明，如 “博彩”的谐音。',
            'Where it comes from or why, e.g. a homophone of 博彩.',
          ),
        },
      },
    ],
  }
}
