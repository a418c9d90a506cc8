import type { PayloadRequest } from 'payload'

import { allInstitutionRoles, asAccessUser } from '../../src/lib/platform/roles'
import { STAGE_FIELD } from './constants'
import { recordEvent } from './recordEvent'
import { asCollectionSlug } from './resolveWorkflow'

/** What the content-security plugin hands its `onFindingAccepted` callback (the plugins know nothing of each other). */
type AcceptedFinding = {
  req: PayloadRequest
  finding: {
    documentCollection: string
    documentId: string
    institution?: null | number | { id: number }
    check: string
    field: string
    match: string
  }
  reason: string
}

/**
 * Writes a content finding accepted as a false positive into the document's audit log (action `acceptFinding`,
 * the reason as the comment), in the acceptance's transaction. Wire it as content security's `onFindingAccepted`.
 */
export const recordFindingAcceptance = async ({ req, finding, reason }: AcceptedFinding): Promise<void> => {
  const collection = asCollectionSlug(req.payload, finding.documentCollection)
  const doc = await req.payload.findByID({
    collection,
    id: finding.documentId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!doc) return
  const fields: Record<string, unknown> = { ...doc }
  const stage = String(fields[STAGE_FIELD] ?? '')
  const institution = typeof finding.institution === 'object' ? finding.institution?.id : finding.institution
  await recordEvent({
    req,
    collection,
    doc: fields,
    institutionId: institution ?? null,
    action: 'acceptFinding',
    fromStage: stage,
    toStage: stage,
    role: asAccessUser(req.user)?.roles?.find((role) => allInstitutionRoles.includes(role)) ?? null,
    comment: reason,
    data: { check: finding.check, field: finding.field, match: finding.match },
  })
}
