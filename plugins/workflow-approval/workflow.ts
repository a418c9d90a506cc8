import type { Role } from '../../src/lib/platform/roles'
import type { StageDataField, Workflow, WorkflowAction, WorkflowStageConfig } from './types'

import { bilingualMessage } from '../../src/lib/platform/labels'
import { hasRole, institutionIdsOf, isAllInstitutionUser } from '../../src/lib/platform/roles'

/**
 * The pure rules of a workflow: which stage a document is in, who may act there, and whether a
 * requested action is allowed with the data given. No I/O: the endpoint feeds it what it read.
 */

export type Refusal = { status: 400 | 403; message: string; field?: string }

export type ActionRequest = { action: string; comment?: string; data: Partial<Record<StageDataField, unknown>> }

export type Decision =
  | {
      isAllowed: true
      action: WorkflowAction
      to: string
      data: Partial<Record<StageDataField, unknown>>
      isScheduled: boolean
      isTakeover: boolean
    }
  | ({ isAllowed: false } & Refusal)

export const firstStageOf = (workflow: Workflow): WorkflowStageConfig => workflow.stages[0]!

/** The stage a publishing action leads to; every workflow needs one (checked when the plugin loads). */
export const publishedStageOf = (workflow: Workflow): string | undefined =>
  workflow.stages.flatMap((stage) => stage.actions).find((action) => action.effect === 'publish')?.to

export const stageOf = (workflow: Workflow, slug: unknown): WorkflowStageConfig =>
  workflow.stages.find((stage) => stage.slug === slug) ?? firstStageOf(workflow)

/** Under review: editing its content returns it to the first stage (or is refused, per the workflow). */
export const isUnderReview = (workflow: Workflow, slug: unknown): boolean => {
  const stage = stageOf(workflow, slug)
  if (stage.isReview !== undefined) return stage.isReview
  return stage.slug !== firstStageOf(workflow).slug && stage.slug !== publishedStageOf(workflow)
}

/** Whether the user may act on a document of `institutionId` in this stage. */
export const canActIn = ({
  stage,
  user,
  institutionId,
}: {
  stage: WorkflowStageConfig
  user: unknown
  institutionId: unknown
}): boolean => {
  if (!hasRole(user, ...(stage.roles as Role[]))) return false
  if (stage.sameInstitution === false || isAllInstitutionUser(user)) return true
  return institutionId != null && institutionIdsOf(user).map(String).includes(String(institutionId))
}

/**
 * Whether the user may act in place of a stage's people because none exists (the document is
 * stranded): the disclosure office and admins, who answer for every institution's documents.
 */
export const canTakeOver = ({ user, isStranded }: { user: unknown; isStranded: boolean }): boolean =>
  isStranded && isAllInstitutionUser(user)

/** The stage's actions the user may take: as its staff, or in their place when it is stranded. */
export const actionsFor = ({
  workflow,
  stageSlug,
  user,
  institutionId,
  isStranded = false,
}: {
  workflow: Workflow
  stageSlug: unknown
  user: unknown
  institutionId: unknown
  isStranded?: boolean
}) => {
  const stage = stageOf(workflow, stageSlug)
  if (canActIn({ stage, user, institutionId })) return stage.actions
  return canTakeOver({ user, isStranded }) ? stage.actions.map((action) => ({ ...action, requiresComment: true })) : []
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/**
 * Decides a requested action: 403 when the user may not act in the current stage, 400 for an unknown
 * action, a missing reason or stage data that is missing or not among the allowed values.
 */
export const decideAction = ({
  workflow,
  stageSlug,
  user,
  institutionId,
  request,
  recorded,
  availableFields,
  now,
  isStranded = false,
}: {
  workflow: Workflow
  stageSlug: unknown
  user: unknown
  institutionId: unknown
  request: ActionRequest
  /** Stage data already recorded on the document (a secrecy decision, ...). */
  recorded: Partial<Record<StageDataField, unknown>>
  /** The stage data fields the collection has; the others are skipped. */
  availableFields: ReadonlySet<string>
  now: Date
  /** Nobody may act in the current stage: the office and admins may, in their place, with a reason. */
  isStranded?: boolean
}): Decision => {
  const stage = stageOf(workflow, stageSlug)
  const action = stage.actions.find((candidate) => candidate.action === request.action)
  if (!action) {
    const known = stage.actions.map((candidate) => candidate.action).join(', ')
    return {
      isAllowed: false,
      status: 400,
      field: 'action',
      message: bilingualMessage(
        `“${stage.label.zh}”环节没有操作“${request.action}”`,
        `no action "${request.action}" in stage "${stage.label.en}" (allowed: ${known || 'none'})`,
      ),
    }
  }
  const isTakeover = !canActIn({ stage, user, institutionId })
  if (isTakeover && !canTakeOver({ user, isStranded })) {
    return {
      isAllowed: false,
      status: 403,
      message: bilingualMessage(
        `您不能办理“${stage.label.zh}”环节`,
        `you may not act in stage "${stage.label.en}" of this document`,
      ),
    }
  }
  if (isTakeover && isBlank(request.comment)) {
    return {
      isAllowed: false,
      status: 400,
      field: 'comment',
      message: bilingualMessage(
        `代为办理“${stage.label.zh}”必须说明理由`,
        `acting in place of the "${stage.label.en}" staff needs a reason (comment)`,
      ),
    }
  }
  if (action.requiresComment && isBlank(request.comment)) {
    return {
      isAllowed: false,
      status: 400,
      field: 'comment',
      message: bilingualMessage(`“${action.label.zh}”必须说明理由`, `"${action.label.en}" needs a reason (comment)`),
    }
  }
  const data: Partial<Record<StageDataField, unknown>> = {}
  for (const field of action.fields ?? []) {
    if (!availableFields.has(field.name)) continue
    const value = request.data[field.name]
    if (isBlank(value)) {
      if (field.required)
        return {
          isAllowed: false,
          status: 400,
          field: field.name,
          message: bilingualMessage(`请填写 ${field.name}`, `${field.name} is required for "${action.label.en}"`),
        }
      continue
    }
    if (field.options && !field.options.includes(String(value))) {
      return {
        isAllowed: false,
        status: 400,
        field: field.name,
        message: bilingualMessage(
          `${field.name} 只能是 ${field.options.join(' / ')}`,
          `${field.name} must be one of ${field.options.join(', ')}`,
        ),
      }
    }
    if (field.name === 'scheduledPublishAt' && Number.isNaN(new Date(String(value)).getTime())) {
      return {
        isAllowed: false,
        status: 400,
        field: field.name,
        message: bilingualMessage('定时发布时间无效', 'scheduledPublishAt is not a date'),
      }
    }
    data[field.name] = value
  }
  for (const block of action.blockedWhen ?? []) {
    const value = data[block.field] ?? recorded[block.field]
    if (block.values.includes(String(value)))
      return {
        isAllowed: false,
        status: 400,
        field: block.field,
        message: bilingualMessage(block.message.zh, block.message.en),
      }
  }
  const publishAt = data.scheduledPublishAt ? new Date(String(data.scheduledPublishAt)) : undefined
  const isScheduled = Boolean(
    action.effect === 'publish' && action.scheduledStage && publishAt && publishAt.getTime() > now.getTime(),
  )
  return {
    isAllowed: true,
    action,
    to: isScheduled ? action.scheduledStage! : action.to,
    data,
    isScheduled,
    isTakeover,
  }
}

/** Configuration mistakes found when the plugin loads, not on the first action. */
export const workflowProblems = (workflow: Workflow): string[] => {
  const slugs = new Set(workflow.stages.map((stage) => stage.slug))
  const problems: string[] = []
  if (workflow.stages.length === 0) problems.push(`workflow "${workflow.slug}" has no stages`)
  if (!publishedStageOf(workflow)) problems.push(`workflow "${workflow.slug}" has no action with effect "publish"`)
  for (const stage of workflow.stages) {
    for (const action of stage.actions) {
      if (!slugs.has(action.to))
        problems.push(
          `workflow "${workflow.slug}": action "${action.action}" of "${stage.slug}" leads to unknown stage "${action.to}"`,
        )
      if (action.scheduledStage && !slugs.has(action.scheduledStage))
        problems.push(`workflow "${workflow.slug}": unknown scheduled stage "${action.scheduledStage}"`)
    }
  }
  return problems
}
