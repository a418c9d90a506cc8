import { bilingualMessage } from '../../src/lib/platform/labels'

/** Refusals the plugin answers with, in both languages (the reader's picked by plugins/language). */
export const PUBLISH_REFUSED = bilingualMessage(
  '只能通过审核流程的最终签发发布，任何角色都不能直接发布',
  'documents are published only by the final approval of the review workflow; no role can publish directly',
)
export const UNPUBLISH_REFUSED = bilingualMessage(
  '撤回已发布的信息须通过审核流程的“撤回”操作并说明理由',
  'a published document is withdrawn only through the workflow’s withdraw action, with a reason',
)
export const EDIT_UNDER_REVIEW_REFUSED = bilingualMessage(
  '审核中的信息只能由当前环节的审核人修改',
  'a document under review can be changed only by the reviewers of its current stage',
)
export const EVENTS_APPEND_ONLY = bilingualMessage(
  '审核记录只能追加，不能修改或删除',
  'the workflow audit log is append-only',
)
