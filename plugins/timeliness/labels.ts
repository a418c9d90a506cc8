import type { BilingualText } from '../../src/lib/platform/labels'

import { bilingual } from '../../src/lib/platform/labels'

/** Every word the dashboard, the report view and the export show, in both admin languages. */
export const words = {
  dashboard: bilingual('公开时效', 'Timeliness'),
  notice: bilingual('政府信息公开时效情况通报', 'Notice on the timeliness of disclosure'),
  period: bilingual('统计期间', 'Period'),
  from: bilingual('起', 'From'),
  to: bilingual('止', 'To'),
  apply: bilingual('查询', 'Show'),
  downloadPdf: bilingual('下载通报（PDF）', 'Download the notice (PDF)'),
  downloadDocx: bilingual('下载通报（Word）', 'Download the notice (DOCX)'),
  publishedByMonth: bilingual('各机构每月发布数量', 'Items published per month by institution'),
  onTimeShare: bilingual('20 个工作日内公开的比例', 'Share published within 20 working days'),
  requestsByOutcome: bilingual('依申请公开答复结果', 'Requests by outcome'),
  requestsByDaysLeft: bilingual('未办结申请剩余工作日', 'Open requests by working days left'),
  latePublishers: bilingual('逾期公开与栏目更新不及时', 'Late publications and stale columns'),
  noFindings: bilingual(
    '本期间没有逾期公开的信息，也没有更新不及时的栏目。',
    'Nothing was published late and no column went stale in the period.',
  ),
  noData: bilingual('暂无数据', 'No data'),
  institution: bilingual('机构', 'Institution'),
  title: bilingual('信息名称', 'Title'),
  dateMade: bilingual('形成或变更日期', 'Made or changed'),
  dueOn: bilingual('公开期限', 'Due on'),
  publishedOn: bilingual('发布日期', 'Published on'),
  workingDays: bilingual('用时（工作日）', 'Working days taken'),
  column: bilingual('栏目', 'Column'),
  lastPublishedOn: bilingual('最近更新', 'Last updated'),
  staleSince: bilingual('应更新日期', 'Due for an update since'),
  latePublications: bilingual('逾期公开的信息', 'Items published late'),
  staleColumns: bilingual('更新不及时的栏目', 'Stale columns'),
  published: bilingual('发布', 'Published'),
  onTime: bilingual('按时', 'On time'),
  allInstitutions: bilingual('全部机构', 'All institutions'),
  paused: bilingual('暂停计时', 'Clock stopped'),
  overdue: bilingual('已逾期', 'Overdue'),
  moreInNotice: bilingual(
    '以上为最近发布的 {shown} 条，共 {total} 条；完整清单见下载的通报。',
    'The {shown} most recent of {total}; the downloaded notice lists them all.',
  ),
} satisfies Record<string, BilingualText>

export type Language = 'zh' | 'en'

/** The text in the reader's language; Chinese unless the admin reads English. */
export const say = (key: keyof typeof words, language: string): string => words[key][language === 'en' ? 'en' : 'zh']

export const textOf = (text: BilingualText, language: string): string => text[language === 'en' ? 'en' : 'zh']
