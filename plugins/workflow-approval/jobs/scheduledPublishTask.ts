import type { TaskConfig } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedWorkflowOptions } from '../types'

import { lockDocument } from '../../../src/lib/platform/database/lockDocument'
import { applyTransition } from '../applyTransition'
import { SCHEDULED_PUBLISH_TASK, STAGE_FIELD } from '../constants'
import { recordEvent } from '../recordEvent'
import { asCollectionSlug, institutionIdOf, workflowFor } from '../resolveWorkflow'

type Doc = Record<string, unknown>

/**
 * Publishes a document the signer approved for a later time. Does only what that approval said: if
 * the document has left the waiting stage (edited, sign-off cancelled) or the time was changed, it
 * publishes nothing. The same transaction numbers it and records the event.
 */
export const scheduledPublishTask = (options: ResolvedWorkflowOptions): TaskConfig => ({
  slug: SCHEDULED_PUBLISH_TASK,
  label: '定时发布 / Scheduled publication',
  retries: 3,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'published', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const { id, publishAt } = input as { collection: string; id: string; publishAt: string }
    const collection = asCollectionSlug(req.payload, (input as { collection: string }).collection)
    const shouldCommit = await initTransaction(req)
    try {
      await lockDocument(req, collection, id)
      const found = await req.payload.findByID({
        collection,
        id,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })
      const doc: Doc | null = found ? { ...found } : null
      const institutionId = institutionIdOf(options, collection, doc)
      const workflow = doc ? workflowFor(options, collection, institutionId) : undefined
      const action = workflow?.stages
        .flatMap((stage) => stage.actions)
        .find((candidate) => candidate.effect === 'publish' && candidate.scheduledStage === doc?.[STAGE_FIELD])
      const scheduledAt = doc?.scheduledPublishAt ? new Date(String(doc.scheduledPublishAt)).getTime() : NaN
      const due = new Date(publishAt).getTime()
      if (!doc || !action || scheduledAt !== due || due > Date.now()) {
        if (shouldCommit) await commitTransaction(req)
        return { output: { published: false } }
      }
      const updated = await applyTransition({
        req,
        collection,
        id,
        data: { [STAGE_FIELD]: action.to },
        effect: 'publish',
      })
      await recordEvent({
        req,
        collection,
        doc: updated,
        institutionId,
        action: 'scheduledPublish',
        fromStage: String(doc[STAGE_FIELD]),
        toStage: action.to,
        role: null,
      })
      if (shouldCommit) await commitTransaction(req)
      return { output: { published: true } }
    } catch (err) {
      if (shouldCommit) await killTransaction(req)
      throw err
    }
  },
})
