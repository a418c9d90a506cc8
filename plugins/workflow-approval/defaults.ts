import type { CollectionSlug } from 'payload'

import type { ResolvedWorkflowOptions, Workflow, WorkflowApprovalOptions } from './types'

import { bilingual, bilingualMessage } from '../../src/lib/platform/labels'

/** Slugs of what the plugin adds. */
export const EVENTS_SLUG = 'workflow-events'
export const CALENDAR_SLUG = 'workflow-calendar'
export const NOTIFY_TASK = 'workflowNotify'
export const SCHEDULED_PUBLISH_TASK = 'workflowScheduledPublish'

/** The document field holding the stage; indexed, written only by workflow actions. */
export const STAGE_FIELD = 'workflowStage'

/**
 * `req.context` key set by the plugin's own transitions (a per-call token, so nothing else can
 * pass as one). HTTP clients cannot set `req.context`.
 */
export const TRANSITION_CONTEXT_KEY = 'workflowTransition'

/** `req.context` key set in beforeOperation: whether the write replaces the main (published) row. */
export const WRITES_MAIN_CONTEXT_KEY = 'workflowWritesMain'

/** `req.context` key: the ids whose content edit returned them to the first stage (for the audit log). */
export const RETURNED_CONTEXT_KEY = 'workflowReturnedToDraft'

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
export const EVENTS_APPEND_ONLY = bilingualMessage('审核记录只能追加，不能修改或删除', 'the workflow audit log is append-only')

const sendBack = (to = 'draft') => ({
  action: 'sendBack',
  label: bilingual('退回', 'Send back'),
  to,
  requiresComment: true,
})

/**
 * 草稿 → 科室审核 → 保密审查 → 领导签发 → 已发布, the chain the regulation asks for ("先审查后发布").
 * 免于公开 from the secrecy review and 不予公开 at sign-off end in 不予公开 (withheld), never published.
 */
export const defaultWorkflow: Workflow = {
  slug: 'default',
  label: bilingual('标准审核流程', 'Standard review'),
  stages: [
    {
      slug: 'draft',
      label: bilingual('草稿', 'Draft'),
      roles: ['editor', 'reviewer', 'disclosure-office'],
      actions: [{ action: 'submit', label: bilingual('提交审核', 'Submit for review'), to: 'review' }],
    },
    {
      slug: 'review',
      label: bilingual('科室审核', 'Department review'),
      roles: ['reviewer'],
      actions: [{ action: 'approve', label: bilingual('审核通过', 'Approve'), to: 'secrecy' }, sendBack()],
    },
    {
      slug: 'secrecy',
      label: bilingual('保密审查', 'Secrecy review'),
      roles: ['secrecy-reviewer'],
      actions: [
        {
          action: 'approve',
          label: bilingual('审查通过', 'Clear'),
          to: 'signoff',
          fields: [
            { name: 'secrecyDecision', required: true, options: ['public', 'exempt'] },
            { name: 'secrecyLegalBasis', required: true },
          ],
        },
        {
          action: 'refer',
          label: bilingual('需报审', 'Refer for approval'),
          to: 'secrecy',
          requiresComment: true,
          fields: [
            { name: 'secrecyDecision', required: true, options: ['referral'] },
            { name: 'secrecyLegalBasis', required: true },
          ],
        },
        sendBack(),
      ],
    },
    {
      slug: 'signoff',
      label: bilingual('领导签发', 'Sign-off'),
      roles: ['signer'],
      actions: [
        {
          action: 'approve',
          label: bilingual('签发', 'Sign off'),
          to: 'published',
          effect: 'publish',
          scheduledStage: 'scheduled',
          blockedWhen: [
            {
              field: 'secrecyDecision',
              values: ['exempt'],
              message: bilingual('保密审查结论为免于公开，只能不予公开', 'the secrecy review found it exempt: it can only be withheld'),
            },
          ],
          fields: [
            { name: 'disclosureMethod', required: true, options: ['proactive', 'on-request'] },
            { name: 'scheduledPublishAt' },
          ],
        },
        {
          action: 'withhold',
          label: bilingual('不予公开', 'Withhold'),
          to: 'withheld',
          requiresComment: true,
          fields: [{ name: 'nondisclosureReason', required: true }],
        },
        sendBack(),
      ],
    },
    {
      slug: 'scheduled',
      label: bilingual('待发布', 'Scheduled'),
      roles: ['signer'],
      actions: [{ action: 'cancelSchedule', label: bilingual('取消定时发布', 'Cancel scheduled publication'), to: 'signoff', requiresComment: true }],
    },
    {
      slug: 'published',
      label: bilingual('已发布', 'Published'),
      roles: ['signer', 'disclosure-office'],
      actions: [
        { action: 'withdraw', label: bilingual('撤回', 'Withdraw'), to: 'draft', requiresComment: true, effect: 'unpublish' },
      ],
    },
    {
      slug: 'withheld',
      label: bilingual('不予公开', 'Withheld'),
      roles: ['signer'],
      // Closed, not waiting for anyone: edits change nothing public, and nobody is notified.
      isReview: false,
      actions: [{ action: 'reopen', label: bilingual('重新办理', 'Reopen'), to: 'draft', requiresComment: true }],
    },
  ],
}

/** Leaders' résumés: the department checks, the signer signs; no secrecy review of a public résumé. */
export const shortWorkflow: Workflow = {
  slug: 'short',
  label: bilingual('简易审核流程', 'Short review'),
  stages: defaultWorkflow.stages
    .filter((stage) => stage.slug !== 'secrecy')
    .map((stage) =>
      stage.slug === 'review'
        ? { ...stage, actions: stage.actions.map((action) => (action.action === 'approve' ? { ...action, to: 'signoff' } : action)) }
        : stage,
    ),
}

/**
 * Normative documents (规范性文件) also pass a legality review (合法性审核) by the disclosure office
 * between the department and the secrecy review. Under review, only the current stage's reviewers may
 * change the text (a reviewed text is not silently replaced by a new draft).
 */
export const policyWorkflow: Workflow = {
  slug: 'policy',
  label: bilingual('规范性文件审核流程', 'Normative document review'),
  onEditUnderReview: 'refuse',
  stages: defaultWorkflow.stages.flatMap((stage) => {
    if (stage.slug !== 'review') return [stage]
    return [
      { ...stage, actions: stage.actions.map((action) => (action.action === 'approve' ? { ...action, to: 'legality' } : action)) },
      {
        slug: 'legality',
        label: bilingual('合法性审核', 'Legality review'),
        roles: ['disclosure-office'],
        sameInstitution: false,
        actions: [{ action: 'approve', label: bilingual('审核通过', 'Approve'), to: 'secrecy' }, sendBack()],
      },
    ]
  }),
}

/**
 * Bulletin issues (公报): the bulletin editor assembles and submits, a signer signs off, and the issue is
 * published (and frozen by the bulletin plugin in the same transaction). A published issue has no
 * actions: every issue ever published stays as it was.
 */
export const bulletinWorkflow: Workflow = {
  slug: 'bulletin',
  label: bilingual('公报签发流程', 'Bulletin sign-off'),
  stages: [
    {
      slug: 'draft',
      label: bilingual('草稿', 'Draft'),
      roles: ['bulletin-editor', 'disclosure-office'],
      sameInstitution: false,
      actions: [{ action: 'submit', label: bilingual('提交签发', 'Submit for sign-off'), to: 'signoff' }],
    },
    {
      slug: 'signoff',
      label: bilingual('领导签发', 'Sign-off'),
      roles: ['signer'],
      sameInstitution: false,
      actions: [{ action: 'approve', label: bilingual('签发', 'Sign off'), to: 'published', effect: 'publish' }, sendBack()],
    },
    { slug: 'published', label: bilingual('已发布', 'Published'), roles: [], sameInstitution: false, isReview: false, actions: [] },
  ],
}

export const resolveOptions = (options: WorkflowApprovalOptions): ResolvedWorkflowOptions => {
  const workflows = Object.fromEntries((options.workflows ?? [defaultWorkflow]).map((workflow) => [workflow.slug, workflow]))
  const collections: Partial<Record<CollectionSlug, string>> = options.collections ?? {
    'disclosure-items': 'default',
    policies: 'default',
    'approval-services': 'default',
    officials: 'default',
  }
  return {
    workflows,
    collections,
    institutionWorkflows: options.institutionWorkflows ?? {},
    deadlineWorkingDays: options.deadlineWorkingDays ?? 20,
    deadlineFrom: options.deadlineFrom ?? { 'disclosure-items': 'dateMade' },
    notify: options.notify ?? true,
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    disabled: options.disabled ?? false,
    institutionFieldOf: (collection) => options.institutionField?.[collection as never] ?? (collection === 'policies' ? 'issuer' : 'institution'),
  }
}

/** The jobs queue of the plugin's tasks (notifications, scheduled publication). */
export const WORKFLOW_QUEUE = 'workflow'
