import type { BilingualText } from '../../../../src/lib/platform/labels'

import { optionFor } from '../../../../src/lib/platform/slugs'
import { stageDataFieldLabels, stageDataValueLabels } from '../../stageDataLabels'

/**
 * Labels the admin components show: the API gives stage and action labels as `{ zh, en }` (or plain
 * strings); stage data fields and values (公开, 主动公开, ...) have their labels in stageDataLabels.ts.
 */

export type Label = string | { zh?: string; en?: string; [language: string]: string | undefined }

/** The label in the admin's language, falling back to Chinese (the default admin language). */
export const textOf = (label: Label | null | undefined, language: string): string => {
  if (label == null) return ''
  if (typeof label === 'string') return label
  return label[language] ?? label.zh ?? label.en ?? ''
}

/** A stage data field's label (names arrive from the API and the audit log's data as plain strings). */
export const fieldLabel = (name: string, language: string) =>
  textOf(optionFor(stageDataFieldLabels, name) ?? name, language)

export const valueLabel = (value: string, language: string) =>
  textOf(optionFor(stageDataValueLabels, value) ?? value, language)

/** Fixed interface words, zh first. */
export const words = {
  stage: { zh: '审核环节', en: 'Stage' },
  history: { zh: '审核记录', en: 'Workflow history' },
  noHistory: { zh: '暂无记录', en: 'No actions yet' },
  dueDate: { zh: '公开期限', en: 'Due' },
  overdue: { zh: '已超期', en: 'Overdue' },
  comment: { zh: '意见', en: 'Comment' },
  reasonRequired: { zh: '理由（必填）', en: 'Reason (required)' },
  confirm: { zh: '确定', en: 'Confirm' },
  cancel: { zh: '取消', en: 'Cancel' },
  saveFirst: { zh: '请先保存修改，再进行审核操作', en: 'Save your changes before a workflow action' },
  conflict: { zh: '该信息已被他人处理，请刷新后重试', en: 'Someone else acted on it first; reload and try again' },
  loadFailed: { zh: '无法读取审核状态', en: 'Could not load the workflow' },
  noActions: { zh: '当前环节无可执行的操作', en: 'No action for you in this stage' },
  todo: { zh: '待办', en: 'To-do' },
  todoEmpty: { zh: '没有等待您处理的信息', en: 'Nothing is waiting for you' },
  title: { zh: '标题', en: 'Title' },
  collection: { zh: '类别', en: 'Collection' },
  updatedAt: { zh: '更新时间', en: 'Updated' },
  waitingFor: { zh: '等待办理', en: 'Waiting for' },
  stranded: { zh: '无人可办理', en: 'Nobody can act' },
  strandedHelp: {
    zh: '本机构没有能办理此环节的人员。公开办或管理员可代为办理，须说明理由，记入审核记录。',
    en: 'Nobody of the institution can act in this stage. The disclosure office or an administrator may act in their place, with a reason, recorded in the audit log.',
  },
  takeover: {
    zh: '此环节无人可办理，您将代为办理：请在理由中说明原因，记入审核记录。',
    en: 'Nobody can act in this stage; you are acting in their place: give the reason, for the audit log.',
  },
  onBehalfOf: { zh: '代为办理', en: 'in place of' },
  sentBackReason: { zh: '退回理由', en: 'Sent back because' },
  previousPage: { zh: '上一页', en: 'Previous' },
  nextPage: { zh: '下一页', en: 'Next' },
  nobodyWaits: { zh: '等待作者修改后重新提交', en: 'waiting for the author to revise and resubmit' },
  publishNowIfEmpty: { zh: '（留空则立即发布）', en: ' (empty: now)' },
} satisfies Record<string, BilingualText>

export const say = (word: keyof typeof words, language: string) => textOf(words[word], language)
