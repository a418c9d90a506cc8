import type { Block, Run } from '../../bulletin'
import type { CaseKind, CaseResult } from '../fields/table4'
import type { ReportSnapshot } from '../snapshot'
import type { Table3Column, Table3Row } from '../tables/table3'

import { replyOutcomes } from '../../disclosure-requests'
import { caseKinds, caseResults } from '../fields/table4'
import { table3Columns } from '../tables/table3'

/** What the printed report reads of a stored one. */
export type PrintableReport = {
  overview: Block[]
  problems: Block[]
  otherMatters: Block[]
  snapshot: ReportSnapshot
  decisions: { licensing: number; penalties: number; enforcement: number; fees: number }
  table4: Record<CaseKind, Record<CaseResult, number>>
}

const cell = (text: string | number, isBold = false): Run[] => [{ text: String(text), isBold, isItalic: false }]
const heading = (text: string): Block => ({ kind: 'heading', level: 2, runs: cell(text, true) })
const table = (rows: Array<Array<string | number>>, widths: number[]): Block => ({
  kind: 'table',
  rows: rows.map((row) => row.map((value) => cell(value))),
  widths,
})

const table2Blocks = ({ snapshot: { table2 }, decisions }: PrintableReport): Block[] => [
  table(
    [
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', table2.rules.made, table2.rules.repealed, table2.rules.inForce],
      [
        '行政规范性文件',
        table2.normativeDocuments.made,
        table2.normativeDocuments.repealed,
        table2.normativeDocuments.inForce,
      ],
    ],
    [2, 1, 1, 1],
  ),
  table(
    [
      ['信息内容', '本年处理决定数量'],
      ['行政许可', decisions.licensing],
      ['行政处罚', decisions.penalties],
      ['行政强制', decisions.enforcement],
    ],
    [2, 3],
  ),
  table(
    [
      ['信息内容', '本年收费金额（单位：万元）'],
      ['行政事业性收费', decisions.fees],
    ],
    [2, 3],
  ),
]

const GROUP_NUMBERS: Record<string, string> = {
  予以公开: '（一）',
  部分公开: '（二）',
  不予公开: '（三）',
  无法提供: '（四）',
  不予处理: '（五）',
  其他处理: '（六）',
}

/** Table 三's rows as printed: group headings (（三）不予公开) above their numbered reasons (1.属于国家秘密). */
const table3Lines = (): Array<{ label: string; row: Table3Row | null }> => {
  const lines: Array<{ label: string; row: Table3Row | null }> = [
    { label: '一、本年新收政府信息公开申请数量', row: 'received' },
    { label: '二、上年结转政府信息公开申请数量', row: 'carriedOver' },
    { label: '三、本年度办理结果', row: null },
  ]
  for (const group of Object.keys(GROUP_NUMBERS)) {
    const members = replyOutcomes.filter((outcome) => outcome.group === group)
    if (members.length === 1) {
      lines.push({ label: `${GROUP_NUMBERS[group]}${members[0]!.zh}`, row: members[0]!.value })
      continue
    }
    lines.push({ label: `${GROUP_NUMBERS[group]}${group}`, row: null })
    members.forEach(({ value, zh }, index) => lines.push({ label: `${index + 1}.${zh}`, row: value }))
  }
  lines.push({ label: '（七）总计', row: 'concluded' }, { label: '四、结转下年度继续办理', row: 'carriedForward' })
  return lines
}

const table3Block = ({ snapshot: { table3 } }: PrintableReport): Block => {
  const columns: Table3Column[] = table3Columns.map(({ key }) => key)
  return table(
    [
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '', '', '', '', '', ''],
      ['', '自然人', '法人或其他组织', '', '', '', '', '总计'],
      ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
      ...table3Lines().map(({ label, row }) => [
        label,
        ...columns.map((column) => (row === null ? '' : table3[row][column])),
      ]),
    ],
    [3.4, 1, 1, 1, 1, 1, 1, 1],
  )
}

const table4Block = ({ table4 }: PrintableReport): Block =>
  table(
    [
      ['', ...caseResults.map(({ zh }) => zh), '总计'],
      ...caseKinds.map(({ key, zh }) => {
        const counts = caseResults.map((result) => table4[key][result.key])
        return [zh, ...counts, counts.reduce((total, count) => total + count, 0)]
      }),
    ],
    [2.4, 1, 1, 1, 1, 1],
  )

/** The report in the national format's order: 一 text, 二 and 三 tables, 四 table, 五 and 六 text. */
export const reportBlocks = (report: PrintableReport): Block[] => [
  heading('一、总体情况'),
  ...report.overview,
  heading('二、主动公开政府信息情况'),
  ...table2Blocks(report),
  heading('三、收到和处理政府信息公开申请情况'),
  table3Block(report),
  heading('四、政府信息公开行政复议、行政诉讼情况'),
  table4Block(report),
  heading('五、存在的主要问题及改进情况'),
  ...report.problems,
  heading('六、其他需要报告的事项'),
  ...report.otherMatters,
]
