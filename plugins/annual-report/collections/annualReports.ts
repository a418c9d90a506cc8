import type { CollectionConfig, Validate } from 'payload'

import { json } from 'payload/shared'

import type { ReportSnapshot } from '../snapshot'
import type { ResolvedAnnualReportOptions } from '../types'

import { bilingual } from '../../../src/lib/platform/labels'
import { versionsKeptForever } from '../../../src/lib/platform/versions'
import { createReports, officeOnly, readReports, readReportVersions, writeReports } from '../access'
import { balanceMessage } from '../balanceMessage'
import { ANNUAL_REPORTS_SLUG } from '../defaults'
import { decisionsField, table4Field } from '../fields/table4'
import { prepareReport } from '../hooks/prepareReport'
import { refuseOtherInstitution } from '../hooks/refuseOtherInstitution'
import { balanceProblem } from '../tables/balance'

/** A stored table 三 must balance (新收 + 上年结转 = 办结 + 结转下年度, column by column), however it arrived. */
const balancedSnapshot: Validate = async (value, args) => {
  const ownCheck = await (json as Validate)(value, args)
  if (ownCheck !== true) return ownCheck
  const table3 = (value as Partial<ReportSnapshot> | null | undefined)?.table3
  if (!table3) return true
  const problem = balanceProblem(table3)
  return problem ? balanceMessage(problem) : true
}

const section = (name: string, zh: string, en: string, description: { zh: string; en: string }) => ({
  name,
  type: 'richText' as const,
  label: bilingual(zh, en),
  admin: { description },
})

/**
 * 政府信息公开工作年度报告 (Art. 49/50): a catalogue document in the national format of 2021. Tables 二 and 三 are
 * computed from the policies and the requests and stored as a snapshot (recomputed on demand while a draft), the
 * decisions, fees and table 四 are entered by the office, and sections 一, 五, 六 are written text.
 */
export const annualReportsCollection = (options: ResolvedAnnualReportOptions): CollectionConfig => ({
  slug: ANNUAL_REPORTS_SLUG,
  labels: {
    singular: bilingual('年度报告', 'Annual report'),
    plural: bilingual('政府信息公开年度报告', 'Annual disclosure reports'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'institution', '_status'],
    group: bilingual('公开内容', 'Content'),
    description: bilingual(
      '按国家2021年格式编写的政府信息公开工作年度报告；表二、表三由平台根据政策文件和依申请公开数据计算。',
      'Annual disclosure reports in the national 2021 format; tables 二 and 三 are computed from policies and requests.',
    ),
  },
  defaultSort: '-year',
  access: {
    read: readReports(options),
    readVersions: readReportVersions(options),
    create: createReports(options),
    update: writeReports(options),
    delete: officeOnly(options),
  },
  versions: versionsKeptForever,
  hooks: options.disabled
    ? {}
    : { beforeValidate: [prepareReport(options)], beforeChange: [refuseOtherInstitution(options)] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: bilingual('标题', 'Title'),
      admin: {
        description: bilingual(
          '留空则按“××2025年政府信息公开工作年度报告”生成。',
          'Empty: “<institution><year>年政府信息公开工作年度报告” is filled in.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          min: 2008,
          max: 2100,
          label: bilingual('报告年度', 'Year'),
          admin: { step: 1, description: bilingual('报告所统计的年度。', 'The year the report covers.') },
        },
        {
          name: 'institution',
          type: 'relationship',
          relationTo: options.institutionsCollection,
          required: true,
          index: true,
          label: bilingual('发布机构', 'Institution'),
          admin: { description: bilingual('编写并发布本报告的机关。', 'The body that writes and publishes it.') },
        },
      ],
    },
    {
      name: 'includesSubordinates',
      type: 'checkbox',
      defaultValue: false,
      label: bilingual('本级政府汇总（含所属部门）', 'Whole government (with its departments)'),
      admin: {
        description: bilingual(
          '勾选后，表二、表三统计本机关及其所属全部部门和单位。',
          'Checked: tables 二 and 三 count the institution and every institution under it.',
        ),
      },
    },
    section('overview', '一、总体情况', 'I. Overview', {
      zh: '创建时按本年度数据预填，请补充完善。',
      en: 'Prefilled with the year’s facts on creation; complete it.',
    }),
    {
      name: 'snapshot',
      type: 'json',
      label: bilingual('表二、表三（计算结果）', 'Tables 二 and 三 (computed)'),
      validate: balancedSnapshot,
      admin: {
        readOnly: true,
        // The tables as tables, with the recompute button (Payload's JSON editor loads from a CDN the CSP refuses).
        components: options.disabled
          ? undefined
          : { Field: '/plugins/annual-report/components/SnapshotTables#SnapshotTables' },
        description: bilingual(
          '创建时计算；草稿状态下可用“重新计算”按接口 POST /api/annual-reports/:id/recompute 更新。发布后不再变化。',
          'Computed on creation; while a draft, POST /api/annual-reports/:id/recompute updates it. Fixed once published.',
        ),
      },
    },
    decisionsField(),
    table4Field(),
    section('problems', '五、存在的主要问题及改进情况', 'V. Problems and improvements', {
      zh: '存在的主要问题、上年度问题的改进情况和下一步措施。',
      en: 'The main problems, what was improved since last year, and next steps.',
    }),
    section('otherMatters', '六、其他需要报告的事项', 'VI. Other matters', {
      zh: '信息处理费收取情况、建议提案办理结果公开情况等。',
      en: 'Information processing fees collected, results of deputies’ proposals, and other matters.',
    }),
  ],
})
