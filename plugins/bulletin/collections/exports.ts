import type { CollectionConfig } from 'payload'

import type { ResolvedBulletinOptions } from '../types'

import { writtenBySystemOnly } from '../../../src/lib/platform/access'
import { bilingual, options as selectOptions } from '../../../src/lib/platform/labels'
import { editorsOnly } from '../access'
import { EXPORTS_SLUG, ISSUES_SLUG } from '../defaults'
import { exportStatuses, exportStatusLabels } from '../exportStatus'

/**
 * The files an export task writes (PDF, DOCX), with its progress; the admin list shows both. Read by
 * bulletin staff; the public downloads published issues through `/api/bulletin-issues/:id/pdf`.
 */
export const exportsCollection = (options: ResolvedBulletinOptions): CollectionConfig => ({
  slug: EXPORTS_SLUG,
  labels: { singular: bilingual('公报导出', 'Bulletin export'), plural: bilingual('公报导出', 'Bulletin exports') },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'issue', 'format', 'status', 'progress', 'updatedAt'],
    group: bilingual('公报', 'Bulletin'),
    description: bilingual('导出任务的进度和结果文件。', 'Progress and files of export tasks.'),
  },
  // Written by the export task only; editors may clear old exports.
  access: { ...writtenBySystemOnly({ read: editorsOnly }), delete: editorsOnly },
  upload: {
    staticDir: options.exportsDir,
    // The record exists (queued, with progress) before the task has written its file.
    filesRequiredOnCreate: false,
    mimeTypes: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  fields: [
    {
      name: 'issue',
      type: 'relationship',
      relationTo: ISSUES_SLUG,
      required: true,
      index: true,
      label: bilingual('期刊', 'Issue'),
      admin: {
        description: bilingual(
          '导出的期刊；在期刊页面的“公报工具”中点“导出 PDF”或“导出 DOCX”生成。',
          'The issue exported; start one with Export PDF or Export DOCX in the issue’s Bulletin tools.',
        ),
      },
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      label: bilingual('格式', 'Format'),
      admin: {
        description: bilingual(
          'PDF 用于印刷和网上下载，DOCX 供排版人员修改。',
          'PDF for print and download; DOCX for typesetters to edit.',
        ),
      },
      options: selectOptions([
        ['pdf', 'PDF（印刷版）', 'PDF (print)'],
        ['docx', 'DOCX（排版用）', 'DOCX (for typesetters)'],
      ]),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      label: bilingual('状态', 'Status'),
      admin: {
        description: bilingual(
          '排队中 → 生成中 → 完成；失败时见“错误”。',
          'Queued → running → done; when it fails, see Error.',
        ),
      },
      options: exportStatuses.map((value) => ({ value, label: exportStatusLabels[value] })),
    },
    {
      name: 'progress',
      type: 'number',
      defaultValue: 0,
      min: 0,
      max: 100,
      label: bilingual('进度 %', 'Progress %'),
      admin: { description: bilingual('0–100，生成过程中更新。', '0 to 100, updated while the file is generated.') },
    },
    {
      name: 'contentHash',
      type: 'text',
      label: bilingual('期刊内容哈希', 'Issue content hash'),
      admin: {
        description: bilingual(
          '导出时期刊的内容哈希，与期刊的一致即为同一刊印内容。',
          'The issue’s content hash at export; matching the issue’s means the same printed content.',
        ),
      },
    },
    {
      name: 'uncoveredCharacters',
      type: 'text',
      label: bilingual('无字形的字符', 'Characters no font covers'),
      admin: { description: bilingual('所有字体都没有的字符，印为〓。', 'Characters no font has; printed as 〓.') },
    },
    {
      name: 'error',
      type: 'textarea',
      label: bilingual('错误', 'Error'),
      admin: {
        description: bilingual(
          '导出失败的原因，可重新导出或交技术人员处理。',
          'Why the export failed; export again or pass it to technical staff.',
        ),
      },
    },
  ],
})
