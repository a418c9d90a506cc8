import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ResolvedWorkflowOptions, Workflow } from './types'
import type { WorkflowState } from './workflowState'

import { hasRole } from '../../src/lib/platform/roles'
import { workingCalendarOf } from '../../src/lib/platform/workingCalendar'
import { CALENDAR_SLUG, EVENTS_SLUG, PUBLICATION_FIELD, STAGE_FIELD } from './constants'
import { deadlineStartOf } from './deadlineStart'
import { fieldNamesOf, institutionIdOf, workflowFor } from './resolveWorkflow'
import { actorsOf, isSystemStage, rolesText } from './staffing'
import { actionsFor, canActIn, canTakeOver, isUnderReview, publishedStageOf, stageOf } from './workflow'
import { disclosureDueDate, isPastDue } from './workingDays'

type Doc = Record<string, unknown>

type StateArgs = {
  req: PayloadRequest
  options: ResolvedWorkflowOptions
  collection: CollectionSlug
  doc: Doc
}

/** The Art. 26 due date and whether it has passed, under the document's workflow (resolved once by the caller). */
const deadlineOf = async ({ req, options, collection, doc, workflow }: StateArgs & { workflow: Workflow }) => {
  const from = deadlineStartOf({ options, collection, doc })
  if (from === null) return { dueDate: null, isOverdue: false }
  const isDone = doc[STAGE_FIELD] === publishedStageOf(workflow) || doc._status === 'published'
  // A published document's due date was recorded at its publish (hooks/recordPublication.ts): no calendar read.
  const recorded = (doc[PUBLICATION_FIELD] as { dueOn?: null | string } | null | undefined)?.dueOn
  if (isDone && typeof recorded === 'string') return { dueDate: recorded.slice(0, 10), isOverdue: false }
  const dueDate = disclosureDueDate({
    dateMade: from,
    calendar: await workingCalendarOf({ payload: req.payload, req, slug: CALENDAR_SLUG, timeZone: options.timeZone }),
    timeZone: options.timeZone,
    days: options.deadlineWorkingDays,
  })
  return { dueDate, isOverdue: !isDone && isPastDue({ dueDate, timeZone: options.timeZone }) }
}

/** The document's stage, what the signed-in user may do, its history (as far as the user may read it) and deadline. */
export const workflowStateOf = async ({ req, options, collection, doc }: StateArgs): Promise<WorkflowState> => {
  const institutionId = institutionIdOf(options, collection, doc)
  const workflow = workflowFor(options, collection, institutionId)
  const stage = stageOf(workflow, doc[STAGE_FIELD])
  const availableFields = fieldNamesOf(req.payload, collection)
  const isWaiting = isUnderReview(workflow, stage.slug) && stage.actions.length > 0 && !isSystemStage(workflow, stage)
  const actors = isWaiting ? await actorsOf({ req, stage, institutionId }) : undefined
  const isStranded = actors?.count === 0
  const isTakeover = !canActIn({ stage, user: req.user, institutionId }) && canTakeOver({ user: req.user, isStranded })
  // Everyone who may act on the document in some stage reads its whole history (a bulletin issue's
  // editor and signer belong to no institution the log's own access rule knows); other readers (a
  // bulletin editor reading a published item) as far as that rule lets them.
  const mayActOnIt = workflow.stages.some((candidate) => canActIn({ stage: candidate, user: req.user, institutionId }))
  const events = await req.payload
    .find({
      collection: EVENTS_SLUG,
      where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: String(doc.id) } }] },
      sort: 'createdAt',
      limit: 0,
      depth: 0,
      overrideAccess: mayActOnIt,
      user: req.user,
      req,
    })
    .then(
      ({ docs }) => docs,
      (err: unknown) => {
        if ((err as { status?: number }).status === 403) return []
        throw err
      },
    )
  // The actor's e-mail follows the log's field rule (admins and the actor), also when read past its access.
  const mayReadEmail = (event: Doc) =>
    hasRole(req.user, 'admin') || (req.user != null && String(event.user) === String(req.user.id))
  return {
    stage: { slug: stage.slug, label: stage.label },
    workflow: {
      slug: workflow.slug,
      label: workflow.label,
      stages: workflow.stages.map(({ slug, label }) => ({ slug, label })),
    },
    actions: actionsFor({ workflow, stageSlug: stage.slug, user: req.user, institutionId, isStranded }).map(
      (action) => ({
        action: action.action,
        label: action.label,
        requiresComment: action.requiresComment ?? false,
        ...(action.fields
          ? {
              fields: action.fields
                .filter((field) => availableFields.has(field.name))
                .map((field) => ({
                  name: field.name,
                  required: field.required ?? false,
                  ...(field.options ? { options: field.options } : {}),
                })),
            }
          : {}),
      }),
    ),
    waitingFor: actors ? { roles: rolesText(stage), names: actors.names, isStranded } : null,
    isTakeover,
    history: (events as Doc[]).map((event) => ({
      id: event.id as number | string,
      action: String(event.action),
      fromStage: (event.fromStage as string | null) ?? null,
      toStage: (event.toStage as string | null) ?? null,
      user:
        event.user != null
          ? {
              id: event.user as number | string,
              ...(event.userName ? { name: String(event.userName) } : {}),
              ...(event.userEmail && mayReadEmail(event) ? { email: String(event.userEmail) } : {}),
            }
          : null,
      role: (event.role as string | null) ?? null,
      onBehalfOf: (event.onBehalfOf as string | null) ?? null,
      comment: (event.comment as string | null) ?? null,
      createdAt: String(event.createdAt),
      version: (event.version as string | null) ?? null,
    })),
    ...(await deadlineOf({ req, options, collection, doc, workflow })),
  }
}
