import type { DataFromCollectionSlug, TaskConfig } from 'payload'

import type { ResolvedWorkflowOptions } from '../types'

import { asDocumentRecord } from '../../../src/lib/platform/documentRecord'
import { roles as allRoles } from '../../../src/lib/platform/roles'
import { EVENTS_SLUG, NOTIFY_TASK } from '../constants'
import { notificationMessage } from '../notificationMessage'
import { asCollectionSlug, collectionConfigOf, institutionIdOf, workflowFor } from '../resolveWorkflow'
import { canActIn, firstStageOf, stageOf } from '../workflow'

type UserDoc = DataFromCollectionSlug<'users'>

/**
 * E-mails the people a workflow step concerns: a stage's eligible reviewers when a document reaches it,
 * the person who submitted it when it is sent back. A failed send fails the task, which the queue retries.
 */
export const notifyTask = (options: ResolvedWorkflowOptions): TaskConfig<typeof NOTIFY_TASK> => ({
  slug: NOTIFY_TASK,
  label: '审核通知 / Workflow notification',
  retries: 5,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'stage', type: 'text', required: true },
    { name: 'eventId', type: 'text' },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ input, req }) => {
    const { id, stage: stageSlug, eventId } = input
    const kind = input.kind === 'returned' ? 'returned' : 'reached'
    const { payload } = req
    const collection = asCollectionSlug(payload, input.collection)
    const found = await payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!found) return { output: { sent: 0 } }
    const doc = asDocumentRecord(found)
    const institutionId = institutionIdOf(options, collection, doc)
    const workflow = workflowFor(options, collection, institutionId)
    const stage = stageOf(workflow, stageSlug)
    const event = eventId
      ? await payload.findByID({
          collection: EVENTS_SLUG,
          id: eventId,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
      : null

    let recipients: UserDoc[]
    if (kind === 'returned') {
      // The author: whoever last submitted it from the first stage.
      const { docs } = await payload.find({
        collection: EVENTS_SLUG,
        where: {
          and: [
            { documentCollection: { equals: collection } },
            { documentId: { equals: id } },
            { fromStage: { equals: firstStageOf(workflow).slug } },
          ],
        },
        sort: '-createdAt',
        limit: 1,
        depth: 1,
        overrideAccess: true,
        req,
      })
      const author = docs[0]?.user
      recipients = author && typeof author === 'object' ? [author] : []
    } else {
      const { docs } = await payload.find({
        collection: 'users',
        where: { roles: { in: stage.roles.filter((role) => allRoles.includes(role)) } },
        limit: 0,
        depth: 0,
        overrideAccess: true,
        req,
      })
      recipients = docs.filter((user) => canActIn({ stage, user, institutionId }))
    }
    const titleField = collectionConfigOf(payload, collection)?.admin.useAsTitle ?? 'id'
    const message = notificationMessage({
      kind,
      title: String(doc[titleField] ?? id),
      stageLabel: stage.label,
      comment: event?.comment ?? null,
      adminPath: `${payload.config.serverURL ?? ''}${payload.config.routes.admin}/collections/${collection}/${id}`,
    })
    for (const user of recipients) await payload.sendEmail({ to: user.email, ...message })
    return { output: { sent: recipients.length } }
  },
})
