import type { Workflow } from '../types'

import { bilingual } from '../../../src/lib/platform/labels'
import { defaultWorkflow } from './default'

/** Leaders' résumés: the department checks, the signer signs; no secrecy review of a public résumé. */
export const shortWorkflow: Workflow = {
  slug: 'short',
  label: bilingual('简易审核流程', 'Short review'),
  stages: defaultWorkflow.stages
    .filter((stage) => stage.slug !== 'secrecy')
    .map((stage) =>
      stage.slug === 'review'
        ? {
            ...stage,
            actions: stage.actions.map((action) =>
              action.action === 'approve' ? { ...action, to: 'signoff' } : action,
            ),
          }
        : stage,
    ),
}
