import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedWorkflowOptions } from '../types'

import { RETURNED_CONTEXT_KEY, STAGE_FIELD } from '../constants'
import { recordEvent } from '../recordEvent'
import { institutionIdOf } from '../resolveWorkflow'

/** Records in the audit log that an edit took a document under review back to the first stage. */
export const logReturnToDraft =
  (options: ResolvedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const returned = req.context[RETURNED_CONTEXT_KEY] as Record<string, string> | undefined
    const key = `${collection.slug}:${String(doc.id)}`
    const fromStage = returned?.[key]
    if (!fromStage) return doc
    delete returned[key]
    await recordEvent({
      req,
      collection: collection.slug,
      doc,
      institutionId: institutionIdOf(options, collection.slug, doc),
      action: 'edit',
      fromStage,
      toStage: String(doc[STAGE_FIELD]),
      role: null,
      comment: '审核中修改内容，退回草稿 / edited under review, returned to draft',
    })
    return doc
  }
