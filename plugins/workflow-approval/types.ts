import type { CollectionSlug } from 'payload'

import type { BilingualText } from '../../src/lib/platform/labels'
import type { Role } from '../../src/lib/platform/roles'

/**
 * Data an action records on the document as it moves on. The secrecy review decides 公开 / 免于公开 /
 * 需报审 with a legal basis; the sign-off sets the disclosure method (and the reason when withheld) and
 * may name a future publication time.
 */
export type StageDataField =
  'secrecyDecision' | 'secrecyLegalBasis' | 'disclosureMethod' | 'nondisclosureReason' | 'scheduledPublishAt'

/** What an action does to the document's publication besides moving it to another stage. */
export type ActionEffect = 'publish' | 'unpublish' | 'none'

export type WorkflowAction = {
  /** The name clients send (`POST /api/{collection}/:id/workflow` with `{ action }`). */
  action: string
  label: BilingualText
  /** The stage the document moves to. */
  to: string
  /**
   * Whether a comment (the reason) is required: sending back and withdrawing need one.
   * @default false
   */
  requiresComment?: boolean
  /** Stage data the action records, and which of it must be given. */
  fields?: Array<{ name: StageDataField; required?: boolean; options?: string[] }>
  /**
   * `publish` publishes the document in the same transaction (so the catalogue number is assigned there);
   * `unpublish` takes it back to a draft.
   * @default 'none'
   */
  effect?: ActionEffect
  /**
   * For a publishing action given a future `scheduledPublishAt`: the stage the document waits in until
   * the jobs queue publishes it (then it moves on to `to`).
   */
  scheduledStage?: string
  /** Refused (400) while the document's recorded stage data has one of these values. */
  blockedWhen?: Array<{ field: StageDataField; values: string[]; message: BilingualText }>
}

export type WorkflowStageConfig = {
  slug: string
  label: BilingualText
  /** Roles that may act on a document in this stage; admins act only where listed. */
  roles: Role[]
  /**
   * Whether the actor must belong to the document's institution (the disclosure office and admins work
   * across institutions and are exempt).
   * @default true
   */
  sameInstitution?: boolean
  /**
   * Whether a document in this stage counts as under review: editing its content then returns it to the
   * first stage, or is refused (see `onEditUnderReview`).
   * @default true for every stage but the first and the published one
   */
  isReview?: boolean
  actions: WorkflowAction[]
}

export type Workflow = {
  slug: string
  label: BilingualText
  /** Ordered; the first is where new documents start (the draft). */
  stages: WorkflowStageConfig[]
  /**
   * Editing the content of a document under review: `returnToDraft` moves it back to the first stage
   * (recorded in the audit log); `refuse` allows it only to the current stage's reviewers.
   * @default 'returnToDraft'
   */
  onEditUnderReview?: 'returnToDraft' | 'refuse'
}

export type WorkflowApprovalOptions = {
  /**
   * Workflows by slug; `default` applies where no other is assigned.
   * @default { default: the five-stage chain 草稿 → 科室审核 → 保密审查 → 领导签发 → 已发布 }
   */
  workflows?: Workflow[]
  /**
   * Controlled collections, each with the workflow it follows (a slug from `workflows`).
   * @default { 'disclosure-items': 'default', policies: 'default', 'approval-services': 'default', officials: 'default' }
   */
  collections?: Partial<Record<CollectionSlug, string>>
  /**
   * Per-institution overrides: institution id → collection → workflow slug (a key `*` for every collection).
   * @default {}
   */
  institutionWorkflows?: Record<string, Partial<Record<CollectionSlug | '*', string>>>
  /**
   * The relationship naming the owning institution, per collection.
   * @default { policies: 'issuer' } and 'institution' for every other collection
   */
  institutionField?: Partial<Record<CollectionSlug, string>>
  /**
   * Working days within which a proactive document is published after it is made (Art. 26).
   * @default 20
   */
  deadlineWorkingDays?: number
  /**
   * The date field the deadline counts from (the day the document was made or changed), per collection; without
   * one the creation time counts.
   * @default { 'disclosure-items': 'dateMade', policies: 'dateWritten' }
   */
  deadlineFrom?: Partial<Record<CollectionSlug, string>>
  /**
   * Controlled collections whose publish records when it happened and whether it kept the deadline (a sidebar
   * group `publication`: publishedOn, dueOn, workingDaysToPublish, isLate): the catalogue collections.
   * @default ['disclosure-items', 'policies', 'approval-services']
   */
  recordPublication?: CollectionSlug[]
  /**
   * Send e-mail notifications (as jobs-queue tasks) when a document reaches a stage or is sent back.
   * @default true
   */
  notify?: boolean
  /**
   * Time zone in which working days and deadlines are read.
   * @default 'Asia/Shanghai'
   */
  timeZone?: string
  /**
   * Keep the fields, collections and tasks (the database schema stays the same) but enforce nothing,
   * serve no endpoint and notify nobody.
   * @default false
   */
  disabled?: boolean
}

export type ResolvedWorkflowOptions = Required<Omit<WorkflowApprovalOptions, 'institutionField' | 'workflows'>> & {
  workflows: Record<string, Workflow>
  institutionFieldOf: (collection: CollectionSlug) => string
}
