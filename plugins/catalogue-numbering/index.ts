import type { CollectionConfig, Config, Plugin } from 'payload'

import type { CatalogueNumberingOptions, ResolvedNumberingOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { isListed } from '../../src/lib/platform/slugs'
import { countersCollection } from './collections/counters'
import { registryCollection } from './collections/registry'
import { INSTITUTION_PATTERN_FIELD, resolveOptions } from './defaults'
import { lookupEndpoints } from './endpoints/lookup'
import { startBackfillEndpoint } from './endpoints/startBackfill'
import { indexNumberField } from './fields/indexNumberField'
import { patternField } from './fields/patternField'
import { settingsGlobal } from './globals/settings'
import { assignIndexNumber } from './hooks/assignIndexNumber'
import { guardIndexNumber } from './hooks/guardIndexNumber'
import { registerIndexNumber } from './hooks/registerIndexNumber'
import { voidIndexNumber } from './hooks/voidIndexNumber'
import { backfillTask } from './jobs/backfillTask'

export type { CatalogueNumberingOptions } from './types'
export { BACKFILL_CONTEXT_KEY as PUBLISHED_AT_CONTEXT_KEY, IMPORT_CONTEXT_FLAG } from './defaults'

const withInstitutionPattern = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [
    ...collection.fields,
    patternField({
      name: INSTITUTION_PATTERN_FIELD,
      description: {
        zh: '留空则使用“索引号设置”中的默认模式。改动只影响以后发出的索引号。',
        en: 'Empty: the default from the index-number settings. Changes affect numbers issued from now on.',
      },
    }),
  ],
})

const withIndexNumber = (collection: CollectionConfig, options: ResolvedNumberingOptions): CollectionConfig => {
  const admin = collection.admin ?? {}
  const numbered: CollectionConfig = {
    ...collection,
    fields: [...collection.fields, indexNumberField()],
    admin: {
      ...admin,
      defaultColumns: admin.defaultColumns
        ? [...admin.defaultColumns.slice(0, 1), 'indexNumber', ...admin.defaultColumns.slice(1)]
        : undefined,
      listSearchableFields: [...(admin.listSearchableFields ?? [admin.useAsTitle ?? 'id']), 'indexNumber'],
    },
  }
  if (options.disabled) return numbered
  const hooks = collection.hooks ?? {}
  return {
    ...numbered,
    hooks: {
      ...hooks,
      beforeValidate: [guardIndexNumber(), ...(hooks.beforeValidate ?? [])],
      // Last among collection hooks, so their checks run first. Payload validates fields after these hooks,
      // so the counter row stays locked through validation and the insert; a refusal rolls it back.
      beforeChange: [...(hooks.beforeChange ?? []), assignIndexNumber(options)],
      afterChange: [registerIndexNumber(), ...(hooks.afterChange ?? [])],
      afterDelete: [voidIndexNumber(), ...(hooks.afterDelete ?? [])],
    },
  }
}

/**
 * Catalogue numbering (索引号): a unique, permanent number for every published catalogue entry,
 * concurrency-safe across app instances (a row-locked counter in the publishing transaction).
 */
export const catalogueNumbering =
  (pluginOptions: CatalogueNumberingOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const config = placePlugin(incoming, {
      plugin: 'catalogueNumbering',
      collections: [...options.collections, options.institutionsCollection],
    })
    const collections = (config.collections ?? []).map((collection) => {
      if (collection.slug === options.institutionsCollection) return withInstitutionPattern(collection)
      return isListed(options.collections, collection.slug) ? withIndexNumber(collection, options) : collection
    })
    const withSchema: Config = {
      ...config,
      collections: [...collections, countersCollection(), registryCollection()],
      globals: [
        ...(config.globals ?? []),
        settingsGlobal({ defaultPattern: options.defaultPattern, isEnabled: !options.disabled }),
      ],
      // Registered even when disabled, so the jobs table's task enum (the schema) stays the same.
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), backfillTask(options)] },
    }
    if (options.disabled) return withSchema
    return {
      ...withSchema,
      endpoints: [
        ...(config.endpoints ?? []),
        ...lookupEndpoints({ portalPath: options.portalPath }),
        startBackfillEndpoint(),
      ],
    }
  }
