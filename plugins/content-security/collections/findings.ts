import type { CollectionConfig, Field } from 'payload'

import type { BilingualText } from '../../../src/lib/platform/labels'
import type { ResolvedContentSecurityOptions } from '../types'

import { writtenBySystemOnly } from '../../../src/lib/platform/access'
import { dayAndTime } from '../../../src/lib/platform/dates'
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

/** Every field of a finding is written by the scans (or the accept endpoint): read-only in the admin. */
const readOnly = (field: Field, description: BilingualText): Field =>
  ({ ...field, admin: { ...field.admin, readOnly: true, description } }) as Field

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
    readOnly(
      { name: 'documentCollection', type: 'text', required: true, label: bilingual('集合', 'Collection') },
      bilingual('文档所在的集合，如 disclosure-items。', 'The collection of the document, e.g. disclosure-items.'),
    ),
    readOnly(
      { name: 'documentId', type: 'text', required: true, index: true, label: bilingual('文档', 'Document') },
      bilingual('文档的 ID。', 'The id of the document.'),
    ),
    readOnly(
      {
        name: 'institution',
        type: 'relationship',
        relationTo: options.institutionsCollection,
        index: true,
        label: bilingual('机构', 'Institution'),
      },
      bilingual(
        '文档所属机构；其工作人员可查看本结果。',
        'The document’s institution; its staff can read this finding.',
      ),
    ),
    readOnly(
      { name: 'check', type: 'select', required: true, options: checkOptions, label: bilingual('检查', 'Check') },
      bilingual('发现问题的检查项。', 'The check that found it.'),
    ),
    readOnly(
      {
        name: 'severity',
        type: 'select',
        required: true,
        options: severityOptions,
        label: bilingual('级别', 'Severity'),
      },
      bilingual('阻止发布或仅提示。', 'Blocks publication, or a warning only.'),
    ),
    readOnly(
      { name: 'field', type: 'text', required: true, label: bilingual('字段', 'Field') },
      bilingual('所在字段，如 body、attachments.12。', 'Where it was found, e.g. body, attachments.12.'),
    ),
    readOnly(
      { name: 'match', type: 'text', required: true, label: bilingual('匹配', 'Match') },
      bilingual('匹配的文字（个人信息已打码）。', 'The text that matched (personal data masked).'),
    ),
    readOnly(
      { name: 'context', type: 'textarea', label: bilingual('上下文', 'Context') },
      bilingual('匹配前后的文字。', 'The text around the match.'),
    ),
    readOnly(
      { name: 'fingerprint', type: 'text', required: true, label: bilingual('指纹', 'Fingerprint') },
      bilingual(
        '检查项、字段和匹配的标识，重新检查时据此识别同一问题。',
        'Identifies the same problem across rescans.',
      ),
    ),
    readOnly(
      {
        name: 'message',
        type: 'textarea',
        label: bilingual('说明', 'Message'),
        // Stored in both languages (API clients read both); the admin shows the reader's.
        admin: {
          components: { Field: '/plugins/content-security/components/FindingMessage/index.client#FindingMessageField' },
        },
      },
      bilingual('为什么这是问题。', 'Why it is a problem.'),
    ),
    readOnly(
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
      bilingual(
        '待处理；已认定误报（不再阻止发布）；已解决（再次检查时未发现）。',
        'Open; accepted as a false positive (no longer blocks); resolved (not found again).',
      ),
    ),
    readOnly(
      { name: 'acceptedBy', type: 'relationship', relationTo: 'users', label: bilingual('认定人', 'Accepted by') },
      bilingual('将其认定为误报的公开办人员。', 'Who in the disclosure office accepted it.'),
    ),
    readOnly(
      { name: 'acceptedAt', type: 'date', label: bilingual('认定时间', 'Accepted at'), admin: { date: dayAndTime } },
      bilingual('认定为误报的时间。', 'When it was accepted.'),
    ),
    readOnly(
      { name: 'reason', type: 'textarea', label: bilingual('认定理由', 'Reason') },
      bilingual('为什么这是误报；同时记入审核记录。', 'Why it is a false positive; also in the workflow audit log.'),
    ),
    readOnly(
      {
        name: 'firstSeen',
        type: 'date',
        required: true,
        label: bilingual('首次发现', 'First seen'),
        admin: { date: dayAndTime },
      },
      bilingual('第一次发现的时间。', 'When it was first found.'),
    ),
    readOnly(
      {
        name: 'lastSeen',
        type: 'date',
        required: true,
        label: bilingual('最近发现', 'Last seen'),
        admin: { date: dayAndTime },
      },
      bilingual('最近一次检查发现的时间。', 'When a scan last found it.'),
    ),
    readOnly(
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
      bilingual(
        '最近一次发现它的检查：保存草稿、发布或重新检查。',
        'What found it last: a save, a publish or a rescan.',
      ),
    ),
  ],
})
