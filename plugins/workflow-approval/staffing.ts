import type { PayloadRequest, Where } from 'payload'

import type { Workflow, WorkflowStageConfig } from './types'

import { bilingual } from '../../src/lib/platform/labels'
import { allInstitutionRoles, roleLabels } from '../../src/lib/platform/roles'

/**
 * Who can act in a stage, read from the accounts that exist now. "Active" is an account that exists
 * with the role (and, where the stage asks, the document's institution): this schema has no disabled
 * accounts, and a login lockout lasts minutes, so it strands nothing.
 */

const staffWhere = (stage: WorkflowStageConfig, institutionId: unknown): Where => {
  const hasRole: Where = { roles: { in: stage.roles } }
  if (stage.sameInstitution === false) return hasRole
  // The office and admins work across institutions (see canActIn); everyone else must belong to it.
  const reaches: Where[] = [{ roles: { in: [...allInstitutionRoles] } }]
  if (institutionId != null) reaches.push({ institutions: { in: [institutionId] } })
  return { and: [hasRole, { or: reaches }] }
}

/** The names of up to `limit` people who may act on a document of `institutionId` in `stage`. */
export const actorsOf = async ({
  req,
  stage,
  institutionId,
  limit = 5,
}: {
  req: PayloadRequest
  stage: WorkflowStageConfig
  institutionId: unknown
  limit?: number
}) => {
  if (stage.roles.length === 0) return { count: 0, names: [] as string[] }
  const { docs, totalDocs } = await req.payload.find({
    collection: 'users',
    where: staffWhere(stage, institutionId),
    limit,
    depth: 0,
    sort: 'name',
    overrideAccess: true,
    req,
    select: { name: true },
  })
  return { count: totalDocs, names: docs.map((user) => String(user.name ?? '')).filter(Boolean) }
}

/** Stages the jobs queue moves on by itself (a scheduled publication): nobody needs to be there. */
export const isSystemStage = (workflow: Workflow, stage: WorkflowStageConfig) =>
  workflow.stages.some((candidate) => candidate.actions.some((action) => action.scheduledStage === stage.slug))

/** Whether a document of `institutionId` in `stage` waits for people of whom none exists. */
export const isStranded = async ({
  req,
  workflow,
  stage,
  institutionId,
}: {
  req: PayloadRequest
  workflow: Workflow
  stage: WorkflowStageConfig
  institutionId: unknown
}) => {
  if (stage.actions.length === 0 || isSystemStage(workflow, stage)) return false
  return (await actorsOf({ req, stage, institutionId, limit: 1 })).count === 0
}

/** The stage's roles as one label: 保密审查员 / 签发人 或 … */
export const rolesText = (stage: WorkflowStageConfig) =>
  bilingual(
    stage.roles.map((role) => roleLabels[role].zh).join('或'),
    stage.roles.map((role) => roleLabels[role].en).join(' or '),
  )

/** An institution's name for a message, or its id when it has none (or is gone). */
export const institutionNameOf = async (req: PayloadRequest, institutionId: unknown) => {
  if (institutionId == null) return bilingual('（无机构）', '(no institution)')
  const institution = await req.payload.findByID({
    collection: 'institutions',
    id: institutionId as number,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { name: true },
  })
  const name = institution?.name ? String(institution.name) : String(institutionId)
  return bilingual(name, name)
}
