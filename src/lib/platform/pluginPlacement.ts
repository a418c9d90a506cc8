import type { Config } from 'payload'

/** Where the platform notes, in the config being built, which plugins have run so far. */
const PLACEMENT_KEY = 'gongkaiPluginPlacement'

type Placement = {
  /** The plugins that have run, in order. */
  applied: string[]
  /** A plugin that must run last has run: no other may follow it. */
  closedBy?: string
}

const placementOf = (config: Config): Placement =>
  (config.custom?.[PLACEMENT_KEY] as Placement | undefined) ?? { applied: [] }

export type PluginPlacement = {
  /** The plugin's name as written in payload.config.ts, e.g. `workflowApproval`. */
  plugin: string
  /** Collections its options name: each must be in the config already (the domain's or an earlier plugin's). */
  collections?: readonly string[]
  /** Globals its options name, likewise. */
  globals?: readonly string[]
  /** Plugins that must have run before it, when they are used at all (by name). */
  after?: readonly string[]
  /** Plugins that must run after it (by name): its hooks go before theirs. */
  before?: readonly string[]
  /** It must run last: it sees what every plugin before it added. */
  isLast?: boolean
}

/**
 * Plugins depend on order (one must see the collections another adds; the language plugin must see every
 * field). Each says what it needs when it runs; a mistake in payload.config.ts's plugin list is an error at
 * startup naming the plugin and the fix, never a collection silently left without a review chain. Returns
 * the config with the plugin noted, for the ones after it to check.
 */
export const placePlugin = (
  config: Config,
  { plugin, collections = [], globals = [], after = [], before = [], isLast = false }: PluginPlacement,
): Config => {
  const placement = placementOf(config)
  const problems: string[] = []
  if (placement.closedBy) problems.push(`it must come before ${placement.closedBy}(), which must be the last plugin`)
  const missingPlugins = after.filter((name) => !placement.applied.includes(name))
  if (missingPlugins.length > 0)
    problems.push(`it must come after ${missingPlugins.map((name) => `${name}()`).join(', ')}`)
  const earlyPlugins = before.filter((name) => placement.applied.includes(name))
  if (earlyPlugins.length > 0)
    problems.push(`it must come before ${earlyPlugins.map((name) => `${name}()`).join(', ')}`)
  const collectionSlugs = new Set((config.collections ?? []).map((collection) => collection.slug))
  for (const slug of collections) {
    if (!collectionSlugs.has(slug)) {
      problems.push(
        `collection "${slug}" named in its options is not in the config: add it to \`collections\`, or place the plugin that adds it before ${plugin}()`,
      )
    }
  }
  const globalSlugs = new Set((config.globals ?? []).map((global) => global.slug))
  for (const slug of globals) {
    if (!globalSlugs.has(slug)) {
      problems.push(
        `global "${slug}" named in its options is not in the config: add it to \`globals\`, or place the plugin that adds it before ${plugin}()`,
      )
    }
  }
  if (problems.length > 0) throw new Error(`${plugin}: ${problems.join('; ')} (payload.config.ts, \`plugins\`)`)
  const next: Placement = { applied: [...placement.applied, plugin], ...(isLast ? { closedBy: plugin } : {}) }
  return { ...config, custom: { ...config.custom, [PLACEMENT_KEY]: next } }
}
