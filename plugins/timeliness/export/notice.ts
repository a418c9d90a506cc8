import type { LexicalDocument, PrintableIssue } from '../../bulletin'
import type { LatePublisherReport } from '../report/loadReport'
import type { ResolvedTimelinessOptions } from '../types'

import { chineseDate, renderDocx, renderPdf } from '../../bulletin'
import { words } from '../labels'

export type NoticeFormat = 'pdf' | 'docx'

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const paragraph = (value: string) => ({ type: 'paragraph', version: 1, children: [text(value)] })
const table = (head: string[], rows: string[][]) => ({
  type: 'table',
  version: 1,
  children: [head, ...rows].map((cells) => ({
    type: 'tablerow',
    version: 1,
    children: cells.map((cell) => ({ type: 'tablecell', version: 1, children: [paragraph(cell)] })),
  })),
})
const documentOf = (children: unknown[]): LexicalDocument => ({ root: { type: 'root', version: 1, children } })

/**
 * The report as the Art. 47 notice, in the bulletin's print layout: one section per institution, its late
 * publications and stale columns as tables, a summary in the editor's note. The bulletin renderers print it.
 */
export const noticeOf = ({
  report,
  options,
  today,
}: {
  report: LatePublisherReport
  options: ResolvedTimelinessOptions
  today: string
}): PrintableIssue => {
  const w = (key: keyof typeof words) => words[key].zh
  const columnLabel = (kind: string) => options.columns.find((rule) => rule.kind === kind)?.label.zh ?? kind
  const published = report.counts.reduce((sum, row) => sum + row.published, 0)
  const lateCount = report.counts.reduce((sum, row) => sum + row.late, 0)
  const summary = [
    paragraph(
      `统计期间：${chineseDate(report.from)}至${chineseDate(report.to)}。` +
        `期间共发布政府信息 ${published} 条，其中超过 20 个工作日公开的 ${lateCount} 条；` +
        `栏目更新不及时的 ${report.institutions.reduce((sum, entry) => sum + entry.staleColumns.length, 0)} 个。`,
    ),
    paragraph(
      '根据《中华人民共和国政府信息公开条例》第二十六条、第四十七条，现将各单位信息公开时效情况通报如下，请有关单位及时整改。',
    ),
    ...(report.institutions.length === 0 ? [paragraph(w('noFindings'))] : []),
  ]
  return {
    id: `timeliness-${report.from}-${report.to}-${report.institution ?? 'all'}`,
    masthead: w('notice'),
    publisher: options.issuer,
    year: Number(report.to.slice(0, 4)),
    issueNumber: 1,
    cumulativeNumber: 1,
    publicationDate: today,
    coverImage: null,
    editorsNote: documentOf(summary),
    sections: report.institutions.map((entry) => ({
      heading: entry.name,
      entries: [
        {
          collection: 'timeliness',
          documentId: String(entry.institution),
          versionId: '',
          title: `${entry.name}信息公开时效情况`,
          documentNumber: null,
          indexNumber: null,
          date: report.to,
          contentHash: '',
          body: documentOf([
            paragraph(`${w('latePublications')}：${entry.latePublications.length} 条`),
            // One line per item: titles are long, and a table column would break them mid-word.
            ...entry.latePublications.map((row, index) =>
              paragraph(
                `${index + 1}. ${row.title}（${w('dateMade')}：${row.dateMade ?? '—'}；${w('dueOn')}：${row.dueOn ?? '—'}；` +
                  `${w('publishedOn')}：${row.publishedOn}；${w('workingDays')}：${row.workingDaysToPublish ?? '—'}）`,
              ),
            ),
            paragraph(`${w('staleColumns')}：${entry.staleColumns.length} 个`),
            ...(entry.staleColumns.length > 0
              ? [
                  table(
                    [w('column'), w('lastPublishedOn'), w('staleSince')],
                    entry.staleColumns.map((row) => [columnLabel(row.kind), row.lastPublishedOn, row.staleSince]),
                  ),
                ]
              : []),
          ]),
        },
      ],
    })),
    isFrozen: true,
    contentHash: '',
  }
}

export const NOTICE_MIME_TYPES: Record<NoticeFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/** The notice's file in the format asked for, through the bulletin's own renderers. */
export const renderNotice = async (issue: PrintableIssue, format: NoticeFormat): Promise<Buffer> =>
  format === 'pdf' ? (await renderPdf({ issue, images: new Map() })).pdf : renderDocx(issue)
