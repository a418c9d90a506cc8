import type { Workflow } from '../types'

import { bilingual } from '../../../src/lib/platform/labels'
import { defaultWorkflow } from './default'
import { sendBack } from './sendBack'

/**
 * Normative documents (规范性文件) also pass a legality review (合法性审核) by the disclosure office
 * between the department and the secrecy review. Under review, only the current stage's reviewers may
 * change the text (a reviewed text is not silently replaced by a new draft).
 */
export const policyWorkflow: Workflow = {
  slug: 'policy',
  label: bilingual('规范性文件审核流程', 'Normative document review'),
  onEditUnderReview: 'refuse',
  stages: defaultWorkflow.stages.flatMap((stage) => {
    if (stage.slug !== 'review') return [stage]
    return [
      {
        ...stage,
        actions: stage.actions.map((action) => (action.action === 'approve' ? { ...action, to: 'legality' } : action)),
      },
      {
        slug: 'legality',
        label: bilingual('合法性审核', 'Legality review'),
        roles: ['disclosure-office'],
        sameInstitution: false,
        actions: [{ action: 'approve', label: bilingual('审核通过', 'Approve'), to: 'secrecy' }, sendBack()],
      },
    ]
  }),
}
