import type { WorkflowApprovalOptions } from '../plugins/workflow-approval'

import { bulletinWorkflow, defaultWorkflow, policyWorkflow, shortWorkflow } from '../plugins/workflow-approval'

/**
 * The review chains and the collection each governs: payload.config.ts configures the workflow with them, and the
 * workflow's suites (tests/int/workflow-approval/config.ts) boot the same, so they test the chains that run.
 */
export const appWorkflows = {
  workflows: [defaultWorkflow, shortWorkflow, policyWorkflow, bulletinWorkflow],
  collections: {
    'disclosure-items': 'default',
    'approval-services': 'default',
    policies: 'policy',
    officials: 'short',
    'bulletin-issues': 'bulletin',
  },
} satisfies WorkflowApprovalOptions
