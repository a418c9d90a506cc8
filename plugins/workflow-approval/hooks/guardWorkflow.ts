import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedWorkflowOptions } from '../types'

import { systemWrittenFieldNames } from '../../../src/lib/platform/systemFields'
import { SYSTEM_PUBLISH_CONTEXT_KEY } from '../../../src/lib/platform/systemPublish'
import { RETURNED_CONTEXT_KEY, STAGE_FIELD, TRANSITION_CONTEXT_KEY, WRITES_MAIN_CONTEXT_KEY } from '../constants'
import { changesContent } from '../contentChange'
import { WorkflowForbidden } from '../errors'
import { WORKFLOW_OWNED_FIELDS } from '../fields/workflowFields'
import { EDIT_UNDER_REVIEW_REFUSED, PUBLISH_REFUSED, UNPUBLISH_REFUSED } from '../messages'
import { institutionIdOf, workflowFor } from '../resolveWorkflow'
import { isTransition } from '../transitionToken'
import { canActIn, firstStageOf, isUnderReview, publishedStageOf, stageOf } from '../workflow'

type Doc = Record<string, unknown>

const cleared = { secrecyDecision: null, secrecyLegalBasis: null, scheduledPublishAt: null }

/**
 * The one door to publication. Every write that is not a workflow action (or server code passing
 * `systemPublishContext`) may not publish, may not unpublish, and may not set the stage or the data
 * the stages record. Editing the content of a document under review returns it to the first stage,
 * or is refused for anyone but the current stage's reviewers, as the workflow says.
 */
export const guardWorkflow =
  (options: ResolvedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, operation, req }) => {
    if (isTransition(req.context[TRANSITION_CONTEXT_KEY])) return data
    const original = originalDoc as Doc | undefined
    const isSystem = req.context[SYSTEM_PUBLISH_CONTEXT_KEY] === true
    const workflow = workflowFor(
      options,
      collection.slug,
      institutionIdOf(options, collection.slug, { ...original, ...data }),
    )
    const first = firstStageOf(workflow).slug
    // Fields the system writes (the stage data here, an index number another plugin assigns) are no edit.
    const ignore = [...WORKFLOW_OWNED_FIELDS, ...systemWrittenFieldNames(collection.fields)]
    const status = data._status ?? original?._status ?? 'draft'
    const kept = Object.fromEntries(
      WORKFLOW_OWNED_FIELDS.map((name) => [name, operation === 'update' ? (original?.[name] ?? null) : null]),
    )

    if (status === 'published') {
      // Re-saving a published version unchanged publishes nothing new (index-number backfill does this).
      const isUnchangedRepublish =
        operation === 'update' && original?._status === 'published' && !changesContent({ data, original, ignore })
      if (!isSystem && !isUnchangedRepublish) throw new WorkflowForbidden(PUBLISH_REFUSED)
      return {
        ...data,
        ...kept,
        [STAGE_FIELD]: isUnchangedRepublish ? original?.[STAGE_FIELD] : publishedStageOf(workflow),
      }
    }

    if (operation === 'create') return { ...data, ...kept, [STAGE_FIELD]: first }
    if (!original) return data

    if (!isSystem && req.context[WRITES_MAIN_CONTEXT_KEY] !== false) {
      const main = await req.payload.db.findOne<Doc & { id: number | string }>({
        collection: collection.slug,
        where: { id: { equals: original.id } },
        req,
      })
      if (main?._status === 'published') throw new WorkflowForbidden(UNPUBLISH_REFUSED)
    }

    const current = original[STAGE_FIELD]
    if (current === publishedStageOf(workflow) && changesContent({ data, original, ignore })) {
      // A new draft over the published version starts its own review.
      return { ...data, ...cleared, [STAGE_FIELD]: first }
    }
    if (isUnderReview(workflow, current) && changesContent({ data, original, ignore })) {
      if (workflow.onEditUnderReview === 'refuse') {
        if (
          !canActIn({
            stage: stageOf(workflow, current),
            user: req.user,
            institutionId: institutionIdOf(options, collection.slug, original),
          })
        ) {
          throw new WorkflowForbidden(EDIT_UNDER_REVIEW_REFUSED)
        }
        return { ...data, ...kept }
      }
      const returned = (req.context[RETURNED_CONTEXT_KEY] ??= {}) as Record<string, string>
      returned[`${collection.slug}:${String(original.id)}`] = String(current)
      return { ...data, ...cleared, [STAGE_FIELD]: first }
    }
    return { ...data, ...kept }
  }
