import type { CollectionSlug, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { Role } from '../../src/lib/platform/roles'
import type { ResolvedWorkflowOptions, StageDataField } from './types'

import { lockDocument } from '../../src/lib/platform/database/lockDocument'
import { bilingual, bilingualMessage } from '../../src/lib/platform/labels'
import { allInstitutionRoles, asAccessUser, isAllInstitutionUser } from '../../src/lib/platform/roles'
import { applyTransition } from './applyTransition'
import { NOTIFY_TASK, SCHEDULED_PUBLISH_TASK, STAGE_FIELD, WORKFLOW_QUEUE } from './constants'
import { WorkflowActionError } from './errors'
import { recordEvent } from './recordEvent'
import { fieldNamesOf, institutionIdOf, workflowFor } from './resolveWorkflow'
import { institutionNameOf, isStranded, rolesText } from './staffing'
import { canActIn, decideAction, firstStageOf, isUnderReview, stageOf } from './workflow'

type Doc = Record<string, unknown>

export type ActionInput = {
  action: string
  comment?: string
  /** The stage the client saw; by default the one read as the request began. */
  expectedStage?: string
  data: Partial<Record<StageDataField, unknown>>
}

const readLatest = (req: PayloadRequest, collection: CollectionSlug, id: number | string, overrideAccess: boolean) =>
  req.payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess, user: req.user, req, disableErrors: true })
    .then((doc): Doc | null => (doc ? { ...doc } : null))

const noSuchDocument = () =>
  new WorkflowActionError({ status: 404, message: bilingualMessage('未找到该文档', 'no such document') })

/** Whether the user may read the document at all (else it does not exist for them): one count, no document read. */
const mayRead = async (req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<boolean> => {
  try {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { id: { equals: id } },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return totalDocs > 0
  } catch (err) {
    if ((err as { status?: number }).status === 403) return false
    throw err
  }
}

/**
 * One workflow action, all or nothing in one transaction: the document's new stage (and publication),
 * the audit record, the notifications and the scheduled publication are committed together.
 * Actions on one document are serialised by its lock (the same one the numbering plugin takes when it
 * numbers the publish, so a final approval takes one); one that finds the document no longer where its
 * caller saw it is a 409. The document is read once, under the lock; only an action that had to wait
 * for another also reads what it started from, before waiting.
 */
export const takeAction = async ({
  req,
  options,
  collection,
  id,
  input,
}: {
  req: PayloadRequest
  options: ResolvedWorkflowOptions
  collection: CollectionSlug
  id: number | string
  input: ActionInput
}): Promise<Doc> => {
  if (!req.user)
    throw new WorkflowActionError({
      status: 403,
      message: bilingualMessage('请先登录', 'sign in to act on a document'),
    })
  const shouldCommit = await initTransaction(req)
  try {
    if (!(await mayRead(req, collection, id))) throw noSuchDocument()
    let seen: Doc | null = null
    await lockDocument(req, collection, id, {
      beforeWaiting: async () => {
        seen = await readLatest(req, collection, id, true)
      },
    })
    const doc = await readLatest(req, collection, id, true)
    if (!doc) throw noSuchDocument()
    // Without a wait, nothing acted on the document between the request's start and this read.
    const started: Doc = seen ?? doc
    if (doc[STAGE_FIELD] !== (input.expectedStage ?? started[STAGE_FIELD]) || doc.updatedAt !== started.updatedAt) {
      throw new WorkflowActionError({
        status: 409,
        message: bilingualMessage(
          '该文档已被他人处理，请刷新后重试',
          'the document has moved on since you loaded it; reload and try again',
        ),
      })
    }
    const institutionId = institutionIdOf(options, collection, doc)
    const workflow = workflowFor(options, collection, institutionId)
    const availableFields = fieldNamesOf(req.payload, collection)
    const from = stageOf(workflow, doc[STAGE_FIELD])
    // Only the office and admins may take over, and only asked when they are not the stage's own people: it costs a query.
    const isStrandedHere =
      isAllInstitutionUser(req.user) &&
      !canActIn({ stage: from, user: req.user, institutionId }) &&
      (await isStranded({ req, workflow, stage: from, institutionId }))
    const decision = decideAction({
      workflow,
      stageSlug: doc[STAGE_FIELD],
      user: req.user,
      institutionId,
      request: { action: input.action, comment: input.comment, data: input.data },
      recorded: doc,
      availableFields,
      now: new Date(),
      isStranded: isStrandedHere,
    })
    if (!decision.isAllowed) throw new WorkflowActionError(decision)

    const first = firstStageOf(workflow).slug
    const target = stageOf(workflow, decision.to)
    if (
      target.slug !== from.slug &&
      isUnderReview(workflow, target.slug) &&
      (await isStranded({ req, workflow, stage: target, institutionId }))
    ) {
      const roles = rolesText(target)
      // A stage any institution's people act in (a bulletin's sign-off) lacks them everywhere.
      const where =
        target.sameInstitution === false
          ? bilingual('系统中', 'the platform')
          : await institutionNameOf(req, institutionId)
      throw new WorkflowActionError({
        status: 409,
        message: bilingualMessage(
          `无法进入“${target.label.zh}”环节：${where.zh} 没有${roles.zh}，没有人能办理。请联系管理员设置${roles.zh}。`,
          `cannot move to stage "${target.label.en}": ${where.en} has no ${roles.en}, so nobody could act on it. Ask an administrator to assign a ${roles.en}.`,
        ),
      })
    }
    const resetOnReturn =
      decision.to === first ? { secrecyDecision: null, secrecyLegalBasis: null, scheduledPublishAt: null } : {}
    const updated = await applyTransition({
      req,
      collection,
      id,
      data: { ...decision.data, ...resetOnReturn, [STAGE_FIELD]: decision.to },
      effect: decision.isScheduled ? 'none' : (decision.action.effect ?? 'none'),
    })
    // Acting in place of a stranded stage's staff is done in the office's (or admin's) own role, and says for whom.
    const actingRoles = decision.isTakeover ? allInstitutionRoles : from.roles
    const role = asAccessUser(req.user)?.roles?.find((candidate) => actingRoles.includes(candidate)) ?? null
    const event = await recordEvent({
      req,
      collection,
      doc: updated,
      institutionId,
      action: decision.action.action,
      fromStage: from.slug,
      toStage: decision.to,
      role: role as Role | null,
      comment: input.comment,
      data: decision.data,
      onBehalfOf: decision.isTakeover ? (from.roles[0] ?? null) : null,
    })

    if (decision.isScheduled) {
      const publishAt = new Date(String(decision.data.scheduledPublishAt)).toISOString()
      await req.payload.jobs.queue({
        task: SCHEDULED_PUBLISH_TASK,
        input: { collection, id: String(id), publishAt },
        waitUntil: new Date(publishAt),
        queue: WORKFLOW_QUEUE,
        req,
      })
    }
    const isReturn = decision.to === first && from.slug !== first
    const isAwaitingReview = isUnderReview(workflow, decision.to) && !decision.isScheduled && decision.to !== from.slug
    if (options.notify && (isReturn || isAwaitingReview)) {
      await req.payload.jobs.queue({
        task: NOTIFY_TASK,
        input: {
          collection,
          id: String(id),
          kind: isReturn ? 'returned' : 'reached',
          stage: decision.to,
          eventId: String(event.id),
        },
        queue: WORKFLOW_QUEUE,
        req,
      })
    }
    if (shouldCommit) await commitTransaction(req)
    return updated
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
}
