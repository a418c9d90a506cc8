import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import type { CodeLabels } from './codeLabels'
import type { ResolvedWorkflowOptions, WorkflowApprovalOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { isKeyOf } from '../../src/lib/platform/slugs'
import { withWorkflowAdmin, withWorkflowAdminViews } from './admin'
import { eventsCollection } from './collections/events'
import { resolveOptions } from './defaults'
import { workflowEndpoints } from './endpoints/workflow'
import { publicationFields } from './fields/publicationFields'
import { workflowFields } from './fields/workflowFields'
import { calendarGlobal } from './globals/calendar'
import { workflowMutations, workflowQueries } from './graphql'
import { guardWorkflow } from './hooks/guardWorkflow'
import { logReturnToDraft } from './hooks/logReturnToDraft'
import { markWriteMode } from './hooks/markWriteMode'
import { recordPublication } from './hooks/recordPublication'
import { notifyTask } from './jobs/notifyTask'
import { scheduledPublishTask } from './jobs/scheduledPublishTask'
import { workflowProblems } from './workflow'

export type { Workflow, WorkflowApprovalOptions } from './types'
export { bulletinWorkflow, defaultWorkflow, policyWorkflow, shortWorkflow } from './workflows'
export { recordFindingAcceptance } from './recordFindingAcceptance'
export { CALENDAR_SLUG, PUBLICATION_FIELD } from './constants'

/** The names of the controlled collections, for the audit log to show instead of their slugs. */
const collectionLabelsOf = (config: Config, slugs: string[]): CodeLabels =>
  Object.fromEntries(
    (config.collections ?? []).flatMap((collection) => {
      const label = collection.labels?.singular
      const isText =
        typeof label === 'string' || (label != null && typeof label === 'object' && 'zh' in label && 'en' in label)
      return slugs.includes(collection.slug) && isText ? [[collection.slug, label as CodeLabels[string]]] : []
    }),
  )

const withWorkflow = (
  collection: CollectionConfig,
  slug: CollectionSlug,
  options: ResolvedWorkflowOptions,
): CollectionConfig => {
  const isRecorded = options.recordPublication.includes(slug)
  const withFields: CollectionConfig = {
    ...collection,
    fields: [
      ...collection.fields,
      ...workflowFields({
        workflows: Object.values(options.workflows),
        institutionField: options.institutionFieldOf(slug),
      }),
      ...(isRecorded ? publicationFields({ institutionField: options.institutionFieldOf(slug) }) : []),
    ],
  }
  const admin = withWorkflowAdmin(withFields, options)
  if (options.disabled) return admin
  const hooks = admin.hooks ?? {}
  return {
    ...admin,
    hooks: {
      ...hooks,
      beforeOperation: [markWriteMode(), ...(hooks.beforeOperation ?? [])],
      // First, so a refused publish is refused before any other hook (index numbering) does work.
      // The publication record right after it, so its calendar read happens before the counter row is locked.
      beforeChange: [
        guardWorkflow(options),
        ...(isRecorded ? [recordPublication(options)] : []),
        ...(hooks.beforeChange ?? []),
      ],
      afterChange: [...(hooks.afterChange ?? []), logReturnToDraft(options)],
    },
    endpoints: [...(admin.endpoints || []), ...workflowEndpoints(options, slug)],
  }
}

/**
 * Workflow approval (审核流程): nothing is published but by the final approval of a configurable
 * chain of stages, with an append-only audit log, notifications and scheduled publication.
 * Every other door to publication (REST, GraphQL, Local API, the admin, version restore, duplicate)
 * is closed for every role; server code may publish with `systemPublishContext` only.
 */
export const workflowApproval =
  (pluginOptions: WorkflowApprovalOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions)
    // The controlled collections must exist by now: placed before bulletin(), bulletin issues would get no review chain.
    const config = placePlugin(incoming, { plugin: 'workflowApproval', collections: Object.keys(options.collections) })
    const problems = Object.values(options.workflows).flatMap(workflowProblems)
    for (const [collection, slug] of Object.entries(options.collections)) {
      if (!options.workflows[slug!]) problems.push(`collection "${collection}" names unknown workflow "${slug}"`)
    }
    if (problems.length > 0) throw new Error(`workflow-approval: ${problems.join('; ')}`)

    const controlled = Object.keys(options.collections)
    const withSchema: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          isKeyOf(options.collections, collection.slug)
            ? withWorkflow(collection, collection.slug, options)
            : collection,
        ),
        eventsCollection(options, collectionLabelsOf(config, controlled)),
      ],
      globals: [...(config.globals ?? []), calendarGlobal()],
      // Registered even when disabled, so the jobs table's task enum (the schema) stays the same.
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), notifyTask(options), scheduledPublishTask(options)],
      },
    }
    if (options.disabled) return withSchema
    const graphQL = config.graphQL ?? {}
    const extend = (
      own: NonNullable<NonNullable<Config['graphQL']>['queries']>,
      existing?: NonNullable<Config['graphQL']>['queries'],
    ) => ((GraphQL, context) => ({ ...(existing?.(GraphQL, context) ?? {}), ...own(GraphQL, context) })) as typeof own
    return withWorkflowAdminViews(
      {
        ...withSchema,
        graphQL: {
          ...graphQL,
          queries: extend(workflowQueries(options), graphQL.queries),
          mutations: extend(workflowMutations(options), graphQL.mutations),
        },
      },
      options,
    )
  }
