import type { CollectionSlug, Payload } from 'payload'

/**
 * Whether a slug is one of those a plugin was configured for. A collection's or global's slug is a plain
 * `string` in the config a plugin receives (it is typed only once built); a plugin's options name them as
 * `CollectionSlug`/`GlobalSlug`, so this check narrows the config's slug to the option's type.
 */
export const isListed = <Slug extends string>(slugs: readonly Slug[], slug: string): slug is Slug =>
  (slugs as readonly string[]).includes(slug)

/** Whether a slug read from data (a register row, a job's input, a request) names a collection of this Payload. */
export const isCollectionSlug = (payload: Payload, slug: unknown): slug is CollectionSlug =>
  typeof slug === 'string' && Object.hasOwn(payload.collections, slug)

/**
 * Whether an option keyed by slug names this slug, which arrives as a plain string (a config's slug, an API
 * argument); only the option's own keys count, never an inherited one such as `constructor`.
 */
export const isKeyOf = <Slug extends string>(bySlug: Partial<Record<Slug, unknown>>, slug: string): slug is Slug =>
  Object.hasOwn(bySlug, slug)

/** The option a plugin was given for a slug that arrives as a plain string, if any. */
export const optionFor = <Slug extends string, Value>(
  bySlug: Partial<Record<Slug, Value>>,
  slug: string,
): undefined | Value => (isKeyOf(bySlug, slug) ? bySlug[slug] : undefined)
