import type { ReplyOutcome } from '../../disclosure-requests'
import type { Table3, Table3Column, Table3Row } from './table3'

import { replyOutcomes } from '../../disclosure-requests'
import { table3Columns, table3Rows } from './table3'

/** The first cell of table 三 that breaks a rule of the national format, and the rule it breaks. */
export type BalanceProblem = {
  column: Table3Column
  row: Table3Row
  /** The column and row as printed, e.g. 自然人 / 四、结转下年度继续办理. */
  columnLabel: string
  rowLabel: string
  zh: string
  en: string
}

const outcomeRows: ReplyOutcome[] = replyOutcomes.map(({ value }) => value)
const applicantColumns = table3Columns.filter(({ key }) => key !== 'total')

const labelOf = (column: Table3Column, row: Table3Row) => ({
  columnLabel: table3Columns.find(({ key }) => key === column)!.zh,
  rowLabel: table3Rows.find(({ key }) => key === row)!.zh,
})

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

/**
 * Checks table 三 as the national format requires, cell by cell in print order: every cell a count; 总计 (the
 * column) the sum of the applicant columns; 办结 the sum of the outcome rows; and in each column
 * 本年新收 + 上年结转 = 办结 + 结转下年度. Answers the first cell that fails, or null for a consistent year.
 */
export const balanceProblem = (table: Table3): BalanceProblem | null => {
  for (const { key: row } of table3Rows) {
    for (const { key: column } of table3Columns) {
      if (!isCount(table[row]?.[column])) {
        return {
          column,
          row,
          ...labelOf(column, row),
          zh: '应为非负整数',
          en: 'must be a whole number, zero or more',
        }
      }
    }
  }
  for (const { key: row } of table3Rows) {
    const sum = applicantColumns.reduce((total, { key }) => total + table[row][key], 0)
    if (table[row].total !== sum) {
      return {
        column: 'total',
        row,
        ...labelOf('total', row),
        zh: `总计 ${table[row].total} 不等于各类申请人之和 ${sum}`,
        en: `the total ${table[row].total} is not the sum of the applicant columns, ${sum}`,
      }
    }
  }
  for (const { key: column } of table3Columns) {
    const cell = (row: Table3Row) => table[row][column]
    const outcomes = outcomeRows.reduce((total, row) => total + cell(row), 0)
    if (cell('concluded') !== outcomes) {
      return {
        column,
        row: 'concluded',
        ...labelOf(column, 'concluded'),
        zh: `办结总计 ${cell('concluded')} 不等于各项办理结果之和 ${outcomes}`,
        en: `the concluded total ${cell('concluded')} is not the sum of the outcomes, ${outcomes}`,
      }
    }
    const incoming = cell('received') + cell('carriedOver')
    const outgoing = cell('concluded') + cell('carriedForward')
    if (incoming !== outgoing) {
      return {
        column,
        row: 'carriedForward',
        ...labelOf(column, 'carriedForward'),
        zh: `本年新收 ${cell('received')} + 上年结转 ${cell('carriedOver')} ≠ 办结 ${cell('concluded')} + 结转下年度 ${cell('carriedForward')}`,
        en: `new ${cell('received')} + carried over ${cell('carriedOver')} ≠ concluded ${cell('concluded')} + carried forward ${cell('carriedForward')}`,
      }
    }
  }
  return null
}
