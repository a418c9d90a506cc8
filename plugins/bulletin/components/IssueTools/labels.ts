import { exportStatusLabels } from '../../exportStatus'

/** The bulletin tools' words, zh first; the admin shows the user's language (Chinese by default). */

type Bilingual = { zh: string; en: string }

export const words = {
  tools: { zh: '公报工具', en: 'Bulletin tools' },
  section: { zh: '栏目', en: 'Section' },
  entry: { zh: '篇目', en: 'Entry' },
  downloads: { zh: '下载', en: 'Download' },
  pdf: { zh: '下载 PDF', en: 'Download PDF' },
  docx: { zh: '下载 DOCX', en: 'Download DOCX' },
  printView: { zh: '打印视图', en: 'Print view' },
  exportPdf: { zh: '导出 PDF', en: 'Export PDF' },
  exportDocx: { zh: '导出 DOCX', en: 'Export DOCX' },
  sinceLastIssue: { zh: '自上期以来', en: 'Since last issue' },
  exports: { zh: '导出任务', en: 'Exports' },
  refresh: { zh: '刷新状态', en: 'Refresh' },
  stillRunning: { zh: '仍在生成，稍后点“刷新状态”查看', en: 'Still running; refresh later' },
  exportFailed: { zh: '无法开始导出', en: 'Could not start the export' },
  suggestionsTitle: { zh: '自上期以来发布的信息', en: 'Published since the last issue' },
  suggestionsSince: { zh: '起始日期（不含）', en: 'After' },
  suggestionsNone: {
    zh: '上期以来没有新发布的主动公开信息',
    en: 'Nothing proactive was published since the last issue',
  },
  suggestionsLoading: { zh: '正在读取…', en: 'Loading…' },
  suggestionsFailed: { zh: '无法读取建议篇目', en: 'Could not load the suggestions' },
  placeInto: { zh: '放入栏目', en: 'Place into' },
  place: { zh: '放入', en: 'Place' },
  placed: { zh: '已在本期', en: 'In this issue' },
  placedHint: { zh: '已加入表单，保存后生效', en: 'Added to the form; save to keep it' },
  noSections: { zh: '本期还没有栏目，请先添加栏目', en: 'The issue has no sections yet; add one first' },
  date: { zh: '日期', en: 'Date' },
  title: { zh: '标题', en: 'Title' },
  documentNumber: { zh: '文号', en: 'Document number' },
  source: { zh: '类别', en: 'Kind' },
  previous: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  pageOf: { zh: '第 {page} / {pages} 页，共 {total} 条', en: 'Page {page} of {pages}, {total} in all' },
  close: { zh: '关闭', en: 'Close' },
} satisfies Record<string, Bilingual>

/** By status as the API gives it (a plain string): the export record's own labels. */
export const statusWords: Record<string, Bilingual> = exportStatusLabels

export const sourceWords: Record<string, Bilingual> = {
  'disclosure-items': { zh: '公开信息', en: 'Disclosure item' },
  policies: { zh: '政策文件', en: 'Policy' },
}

/** The text in the admin's language, Chinese when the language has none. */
export const textOf = (text: Bilingual | undefined, language: string, fallback = ''): string => {
  if (!text) return fallback
  return language === 'en' ? text.en : text.zh
}

export const say = (key: keyof typeof words, language: string, values: Record<string, string | number> = {}) =>
  textOf(words[key], language).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))
