import type { ReplyOutcome } from '../../disclosure-requests'

import { localDay } from '../../../src/lib/platform/dates'
import { replyOutcomes } from '../../disclosure-requests'

/** The columns of table 三: the applicant kinds of the national format, then 总计. */
export const table3Columns = [
  { key: 'naturalPerson', zh: '自然人', en: 'Natural persons' },
  { key: 'commercialEnterprise', zh: '商业企业', en: 'Commercial enterprises' },
  { key: 'researchInstitution', zh: '科研机构', en: 'Research institutions' },
  { key: 'publicWelfareOrganisation', zh: '社会公益组织', en: 'Public welfare organisations' },
  { key: 'legalServiceProvider', zh: '法律服务机构', en: 'Legal service providers' },
  { key: 'otherOrganisation', zh: '其他', en: 'Other organisations' },
  { key: 'total', zh: '总计', en: 'Total' },
] as const

export type ApplicantColumn = Exclude<(typeof table3Columns)[number]['key'], 'total'>
export type Table3Column = (typeof table3Columns)[number]['key']

/** The rows of table 三, in print order: new, carried over, one per reply outcome, concluded, carried forward. */
export const table3Rows = [
  { key: 'received', zh: '一、本年新收政府信息公开申请数量', en: 'New requests this year' },
  { key: 'carriedOver', zh: '二、上年结转政府信息公开申请数量', en: 'Carried over from last year' },
  ...replyOutcomes.map(({ value, group, zh, en }) => ({ key: value, zh, en, group })),
  { key: 'concluded', zh: '（七）总计', en: 'Concluded (total of the outcomes)' },
  { key: 'carriedForward', zh: '四、结转下年度继续办理', en: 'Carried forward to next year' },
] as const satisfies ReadonlyArray<{ key: string; zh: string; en: string }>

export type Table3Row = (typeof table3Rows)[number]['key']

/** Counts by row, then by column: `cells.received.naturalPerson`. */
export type Table3 = Record<Table3Row, Record<Table3Column, number>>

/** What table 三 reads of a request: who asked, when it arrived, and its reply (date and outcome) if any. */
export type RequestFacts = {
  applicantType: ApplicantColumn
  /** ISO moment of receipt. */
  receivedOn: string
  reply: { date: string; outcome: ReplyOutcome | null } | null
}

const emptyRow = (): Record<Table3Column, number> =>
  Object.fromEntries(table3Columns.map(({ key }) => [key, 0])) as Record<Table3Column, number>

export const emptyTable3 = (): Table3 => Object.fromEntries(table3Rows.map(({ key }) => [key, emptyRow()])) as Table3

const outcomeKeys = new Set<string>(replyOutcomes.map(({ value }) => value))

/**
 * Table 三 of a year from its requests, each request once: received this year (新收) or before and not replied to
 * before the year (上年结转); replied to within the year under its outcome (办结), otherwise carried forward (结转下
 * 年度). A reply with no outcome (imported, or entered with the checks off) is counted nowhere after its arrival, so
 * the balance check refuses the year naming its column.
 * Days are read in `timeZone` (the office's).
 */
export const tallyRequests = ({
  requests,
  year,
  timeZone,
}: {
  requests: RequestFacts[]
  year: number
  timeZone?: string
}): Table3 => {
  const table = emptyTable3()
  const yearOf = (moment: string) => Number(localDay(new Date(moment), timeZone).slice(0, 4))
  const add = (row: Table3Row, column: ApplicantColumn) => {
    table[row][column] += 1
    table[row].total += 1
  }
  for (const request of requests) {
    const receivedIn = yearOf(request.receivedOn)
    const repliedIn = request.reply ? yearOf(request.reply.date) : null
    if (receivedIn > year || (repliedIn !== null && repliedIn < year)) continue
    add(receivedIn === year ? 'received' : 'carriedOver', request.applicantType)
    if (repliedIn === year) {
      const outcome = request.reply?.outcome
      if (outcome && outcomeKeys.has(outcome)) {
        add(outcome, request.applicantType)
        add('concluded', request.applicantType)
      }
    } else {
      add('carriedForward', request.applicantType)
    }
  }
  return table
}
