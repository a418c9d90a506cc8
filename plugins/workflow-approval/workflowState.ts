import type { BilingualText } from '../../src/lib/platform/labels'
import type { StageDataField } from './types'

/**
 * What `GET /api/{collection}/:id/workflow` (and the GraphQL `workflow` query) answers, and what the admin
 * components read: one definition for both (client components import this file, which holds types only).
 */
export type WorkflowState = {
  stage: { slug: string; label: BilingualText }
  workflow: { slug: string; label: BilingualText; stages: Array<{ slug: string; label: BilingualText }> }
  actions: Array<{
    action: string
    label: BilingualText
    requiresComment: boolean
    fields?: Array<{ name: StageDataField; required: boolean; options?: string[] }>
  }>
  /**
   * Who the document waits for in its stage (roles and up to five names), or null where it waits for
   * nobody (a draft, a closed or scheduled stage). `isStranded`: nobody holds the role; the disclosure
   * office and admins may then act in their place (`isTakeover`), with a reason.
   */
  waitingFor: { roles: BilingualText; names: string[]; isStranded: boolean } | null
  isTakeover: boolean
  history: Array<{
    id: number | string
    action: string
    fromStage: string | null
    toStage: string | null
    /** The actor's name at the time, and the e-mail only for admins and the actor themselves. */
    user: { id: number | string; name?: string; email?: string } | null
    role: string | null
    onBehalfOf: string | null
    comment: string | null
    createdAt: string
    version: string | null
  }>
  /** The Art. 26 deadline (`YYYY-MM-DD`) for proactive documents, counted in working days. */
  dueDate: string | null
  isOverdue: boolean
}
