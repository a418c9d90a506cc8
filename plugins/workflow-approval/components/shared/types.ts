import type { Label } from './labels'

/** The answer of `GET /api/{collection}/:id/workflow`, as far as the admin components read it. */
export type WorkflowStateView = {
  stage: { slug: string; label: Label }
  workflow: { slug: string; label?: Label; stages: Array<{ slug: string; label: Label }> }
  actions: Array<{
    action: string
    label: Label
    requiresComment: boolean
    fields?: Array<{ name: string; required?: boolean; options?: string[] }>
  }>
  waitingFor: { roles: Label; names: string[]; isStranded: boolean } | null
  isTakeover: boolean
  history: Array<{
    id: number | string
    action: string
    fromStage: string | null
    toStage: string | null
    user: { id: number | string; name?: string; email?: string } | null
    role: string | null
    onBehalfOf?: string | null
    comment: string | null
    createdAt: string
    version: string | null
  }>
  dueDate: string | null
  isOverdue: boolean
}

export type ApiErrorBody = { errors?: Array<{ message?: string }> }
