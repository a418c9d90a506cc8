import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
  GlobalConfig,
  Plugin,
} from 'payload'

import type { PortalPublishingOptions, ResolvedPortalOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { isListed, optionFor } from '../../src/lib/platform/slugs'
import { searchIndexCollection } from './collections/searchIndex'
import { webhookDeliveriesCollection } from './collections/webhookDeliveries'
import { webhooksCollection } from './collections/webhooks'
import { PORTAL_PUBLISHING_CUSTOM_KEY, resolveOptions } from './defaults'
import { portalEndpoints } from './endpoints'
import { revalidateReferenceOnChange, revalidateReferenceOnDelete } from './hooks/revalidateReference'
import { revalidateSiteOnChange } from './hooks/revalidateSite'
import { syncOnChange } from './hooks/syncOnChange'
import { syncOnDelete } from './hooks/syncOnDelete'
import { isInsideNextServer, startInstanceListener } from './invalidations/instanceListener'
import { deliverWebhookTask } from './jobs/deliverWebhook'
import { rebuildSearchIndexTask } from './jobs/rebuildSearchIndex'

export type { PortalPublishingOptions } from './types'
export { cacheTags, tagsForDocument } from './cacheTags'
export { DELIVER_TASK, PORTAL_PUBLISHING_CUSTOM_KEY, REINDEX_TASK, SKIP_PORTAL_CONTEXT_KEY } from './defaults'
export { CACHE_HEADER, withApiCache } from './apiCache/withApiCache'
export { stopInvalidationListener } from './invalidations/instanceListener'

/** Adds hooks after the collection's own and other plugins' (the index number is registered by then). */
const withHooksAfter = (
  collection: CollectionConfig,
  { afterChange, afterDelete }: { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook },
): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), afterChange],
      afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
    },
  }
}

/** Catalogue collections sync search and the portal; reference collections only expire the pages showing them. */
const withPortalHooks = (collection: CollectionConfig, options: ResolvedPortalOptions): CollectionConfig => {
  if (options.disabled) return collection
  if (isListed(options.collections, collection.slug)) {
    return withHooksAfter(collection, { afterChange: syncOnChange(options), afterDelete: syncOnDelete(options) })
  }
  const kind = optionFor(options.references, collection.slug)
  if (!kind) return collection
  return withHooksAfter(collection, {
    afterChange: revalidateReferenceOnChange(options, kind),
    afterDelete: revalidateReferenceOnDelete(options, kind),
  })
}

/** The site-wide globals expire every page when they change; one the config lacks is a mistake, said at boot. */
const withSiteHooks = (globals: GlobalConfig[], options: ResolvedPortalOptions): GlobalConfig[] => {
  const missing = options.globals.filter((slug) => !globals.some((global) => global.slug === slug))
  if (missing.length > 0) {
    throw new Error(
      `portalPublishing: globals ${missing.join(', ')} are not in the config; add them before this plugin, or set the plugin's \`globals\` option`,
    )
  }
  if (options.disabled) return globals
  return globals.map((global) =>
    isListed(options.globals, global.slug)
      ? {
          ...global,
          hooks: {
            ...global.hooks,
            afterChange: [...(global.hooks?.afterChange ?? []), revalidateSiteOnChange(options)],
          },
        }
      : global,
  )
}

const withAutoRun = (
  jobs: NonNullable<Config['jobs']>,
  options: ResolvedPortalOptions,
): NonNullable<Config['jobs']> => {
  if (!options.autoRun || typeof jobs.autoRun === 'function') return jobs
  return { ...jobs, autoRun: [...(jobs.autoRun ?? []), { cron: options.autoRunCron, queue: options.queue, limit: 10 }] }
}

/**
 * Portal publishing: keeps the public portal, its search, feeds and sitemap, and outside subscribers
 * current the moment a document is published, changed, withdrawn or deleted.
 */
export const portalPublishing =
  (pluginOptions: PortalPublishingOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const config = placePlugin(incoming, {
      plugin: 'portalPublishing',
      collections: [...options.collections, ...Object.keys(options.references)],
    })
    const collections = (config.collections ?? []).map((collection) => withPortalHooks(collection, options))
    const jobs = {
      ...config.jobs,
      // Registered even when disabled, so the jobs table's task enum (the schema) stays the same.
      tasks: [...(config.jobs?.tasks ?? []), deliverWebhookTask(options), rebuildSearchIndexTask(options)],
    }
    const withSchema: Config = {
      ...config,
      // The resolved options, for the site (itemPath) and for tests, which swap `revalidate` for a recorder.
      custom: { ...config.custom, [PORTAL_PUBLISHING_CUSTOM_KEY]: options },
      collections: [
        ...collections,
        searchIndexCollection(),
        webhooksCollection(
          options.collections.map((slug) => ({
            slug,
            label: config.collections?.find((collection) => collection.slug === slug)?.labels?.plural ?? slug,
          })),
        ),
        webhookDeliveriesCollection(),
      ],
      globals: withSiteHooks(config.globals ?? [], options),
      jobs,
    }
    if (options.disabled) return withSchema
    return {
      ...withSchema,
      // Each app server listens for the invalidations of every process (invalidations/); others only announce.
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (isInsideNextServer()) startInstanceListener(payload)
      },
      jobs: withAutoRun(jobs, options),
      endpoints: [...(config.endpoints ?? []), ...portalEndpoints()],
    }
  }
