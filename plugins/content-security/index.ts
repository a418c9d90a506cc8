import type { CollectionConfig, Config, Plugin } from 'payload'

import type { ContentSecurityOptions, ResolvedContentSecurityOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { isKeyOf } from '../../src/lib/platform/slugs'
import { findingsCollection } from './collections/findings'
import { scansCollection } from './collections/scans'
import { sensitiveWordsCollection } from './collections/sensitiveWords'
import { RESCAN_QUEUE, resolveOptions } from './defaults'
import { acceptFindingEndpoint } from './endpoints/acceptFinding'
import { reportField } from './fields/reportField'
import { gatePublish } from './hooks/gatePublish'
import { scanOnSave } from './hooks/scanOnSave'
import { rescanTask } from './jobs/rescanTask'

export type { ContentSecurityOptions, StoredFinding } from './types'
export type { Finding, FindingCheck, FindingSeverity } from './findings'
export { FINDINGS_SLUG, RESCAN_QUEUE, RESCAN_TASK, SCANS_SLUG, WORDS_SLUG } from './defaults'

const withScans = (collection: CollectionConfig, options: ResolvedContentSecurityOptions): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: [...collection.fields, reportField({ officeRoles: options.officeRoles })],
    hooks: {
      ...hooks,
      // First: the workflow's guard (placed before it by the workflow plugin, which runs later) refuses a forbidden
      // publish before the scan, and catalogue numbering (appended last, by a plugin that runs later too) numbers
      // only what passed.
      beforeChange: [gatePublish(options), ...(hooks.beforeChange ?? [])],
      afterChange: [...(hooks.afterChange ?? []), scanOnSave(options)],
    },
  }
}

/** How often this instance's runner looks at the `content-security` queue: a rescan is one long job. */
const RUNNER_CRON = '0 * * * * *'

/**
 * Content security (内容安全): every save of a scanned document stores what the checks find (sensitive words,
 * place and institution names, outbound links, personal data); a publish with a blocking finding the disclosure
 * office has not accepted is refused with a 400 naming each; a rescan task checks everything published after
 * the word list changes and nightly. Place it before catalogueNumbering() and workflowApproval().
 */
export const contentSecurity =
  (pluginOptions: ContentSecurityOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const config = placePlugin(incoming, {
      plugin: 'contentSecurity',
      collections: [...Object.keys(options.collections), options.institutionsCollection],
      before: ['catalogueNumbering', 'workflowApproval'],
    })
    const institutions = config.collections?.find((collection) => collection.slug === options.institutionsCollection)
    if (!institutions?.fields.some((field) => 'name' in field && field.name === options.institutionNameField)) {
      throw new Error(
        `contentSecurity: "${options.institutionsCollection}" has no top-level field "${options.institutionNameField}" (the option institutionNameField)`,
      )
    }
    const jobs = config.jobs ?? {}
    const withSchema: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          !options.disabled && isKeyOf(options.collections, collection.slug)
            ? withScans(collection, options)
            : collection,
        ),
        sensitiveWordsCollection(options),
        {
          ...findingsCollection(options),
          endpoints: options.disabled ? [] : [acceptFindingEndpoint(options)],
        },
        scansCollection(options),
      ],
      // Registered even when disabled, so the jobs table's task enum (the schema) stays the same.
      jobs: { ...jobs, tasks: [...(jobs.tasks ?? []), rescanTask(options)] },
    }
    if (options.disabled || !options.autoRun || typeof jobs.autoRun === 'function') return withSchema
    // The app's runners (payload.config.ts's shouldAutoRun, exclusive claims) take this queue too; its runner also
    // queues the nightly rescan (Payload schedules a task only from a runner of the task's queue).
    return {
      ...withSchema,
      jobs: {
        ...withSchema.jobs,
        autoRun: [...(jobs.autoRun ?? []), { cron: RUNNER_CRON, queue: RESCAN_QUEUE, limit: 1 }],
      },
    }
  }
