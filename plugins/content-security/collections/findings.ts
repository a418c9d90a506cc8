import type { CollectionConfig } from 'payload'

import type { ResolvedContentSecurityOptions } from '../types'

import { writtenBySystemOnly } from '../../../src/lib/platform/access'
import { bilingual, options as selectOptions } from '../../../src/lib/platform/labels'
import { readFindings } from '../access'
import { FINDINGS_SLUG } from '../defaults'
import { severityOptions } from './sensitiveWords'

export const checkOptions = selectOptions([
  ['sensitiveWord', '敏感词', 'Sensitive word'],
  ['placeName', '地名机构名', 'Place or institution name'],
  ['outboundLink', '外部链接', 'Outbound link'],
  ['personalData', '个人信息', 'Personal data'],
])

/**
 * 检查结果 (content findings): what the checks found in a document, one row per (document, fingerprint). Written
 * by the scans alone; the disclosure office accepts a finding as a false positive through the accept endpoint.
 */
export const findingsCollection = (options: ResolvedContentSecurityOptions): CollectionConfig => ({
  slug: FINDINGS_SLUG,
  labels: { singular: bilingual('检查结果', 'Content finding'), plural: bilingual('检查结果', 'Content findings') },
  admin: {
    useAsTitle: 'match',
    defaultColumns: ['documentCollection', 'documentId', 'check', 'severity', 'field', 'match', 'status', 'lastSeen'],
    group: bilingual('内容安全', 'Content security'),
    description: bilingual(
      '内容安全检查发现的问题。阻止级别的问题未解决或未被公开办认定为误报前，文档不能发布。',
      'Problems the content checks found. A blocking one stops publication until fixed or accepted by the office.',
    ),
  },
  defaultSort: '-lastSeen',
  access: writtenBySystemOnly({ read: readFindings(options) }),
  indexes: [{ fields: ['documentCollection', 'documentId', 'fingerprint'], unique: true }],
  fields: [
    { name: 'documentCollection', type: 'text', required: true, label: bilingual('集合', 'Collection') },
    { name: 'documentId', type: 'text', required: true, index: true, label: bilingual('文档', 'Document') },
    {
      name: 'institution',
      type: 'relationship',
      relationTo: options.institutionsCollection,
      index: true,
      label: bilingual('机构', 'Institution'),
    },
    { name: 'check', type: 'select', required: true, options: checkOptions, label: bilingual('检查', 'Check') },
    {
      name: 'severity',
      type: 'select',
      required: true,
      options: severityOptions,
      label: bilingual('级别', 'Severity'),
    },
    { name: 'field', type: 'text', required: true, label: bilingual('字段', 'Field') },
    { name: 'match', type: 'text', required: true, label: bilingual('匹配', 'Match') },
    { name: 'context', type: 'textarea', label: bilingual('上下文', 'Context') },
    { name: 'fingerprint', type: 'text', required: true, label: bilingual('指纹', 'Fingerprint') },
    { name: 'message', type: 'textarea', label: bilingual('说明', 'Message') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: selectOptions([
        ['open', '待处理', 'Open'],
        ['accepted', '已认定误报', 'Accepted'],
        ['resolved', '已解决', 'Resolved'],
      ]),
      label: bilingual('状态', 'Status'),
    },
    { name: 'acceptedBy', type: 'relationship', relationTo: 'users', label: bilingual('认定人', 'Accepted by') },
    { name: 'acceptedAt', type: 'date', label: bilingual('认定时间', 'Accepted at') },
    { name: 'reason', type: 'textarea', label: bilingual('认定理由', 'Reason') },
    { name: 'firstSeen', type: 'date', required: true, label: bilingual('首次发现', 'First seen') },
    { name: 'lastSeen', type: 'date', required: true, label: bilingual('最近发现', 'Last seen') },
    {
      name: 'source',
      type: 'select',
      required: true,
      options: selectOptions([
        ['save', '保存', 'Save'],
        ['publish', '发布', 'Publish'],
        ['rescan', '重新检查', 'Rescan'],
      ]),
      label: bilingual('来源', 'Source'),
    },
  ],
})
