import type { CollectionSlug } from 'payload'

import type { ResolvedWorkflowOptions, Workflow, WorkflowStageConfig } from '../../types'

/**
 * Which stages make a document a to-do. A stage waits for someone unless it is the first (a draft is
 * its author's business until it is sent back) or every way out of it leads back to the first stage
 * (published, withheld: resting states whose only action is to withdraw or reopen).
 */
export const isWaitingStage = (workflow: Workflow, stage: WorkflowStageConfig): boolean => {
  const first = workflow.stages[0]?.slug
  if (stage.slug === first) return false
  return stage.actions.some((action) => action.to !== first)
}

/** Every workflow a collection can follow: its own and the per-institution ones. */
export const workflowsOf = (options: ResolvedWorkflowOptions, collection: CollectionSlug): Workflow[] => {
  const slugs = new Set<string>([options.collections[collection] ?? 'default'])
  for (const byCollection of Object.values(options.institutionWorkflows)) {
    const slug = byCollection[collection] ?? byCollection['*']
    if (slug) slugs.add(slug)
  }
  return [...slugs].flatMap((slug) => (options.workflows[slug] ? [options.workflows[slug]] : []))
}

/** The stage slugs to look in, for a role check done per document afterwards. */
export const waitingStageSlugs = (options: ResolvedWorkflowOptions, collection: CollectionSlug): string[] => [
  ...new Set(
    workflowsOf(options, collection).flatMap((workflow) =>
      workflow.stages.filter((stage) => isWaitingStage(workflow, stage)).map((stage) => stage.slug),
    ),
  ),
]

/** First stages (drafts): they wait for their authors only after being sent back. */
export const firstStageSlugs = (options: ResolvedWorkflowOptions, collection: CollectionSlug): string[] => [
  ...new Set(
    workflowsOf(options, collection).flatMap((workflow) => (workflow.stages[0] ? [workflow.stages[0].slug] : [])),
  ),
]
