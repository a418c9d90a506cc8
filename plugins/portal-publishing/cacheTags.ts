/**
 * The Next.js cache tags shared by the portal pages (which tag what they read, with `unstable_cache` or
 * `cacheTag`) and this plugin (which revalidates them when a document is published, changed, withdrawn or
 * deleted). One file, so both sides always spell a tag the same way.
 *
 *   item:<collection>:<id>   one document's page (and its print view, its permalink /catalogue/<indexNumber>)
 *   list:<collection>        every list that shows documents of that collection (home, catalogue, policies…)
 *   institution:<id>         an institution's pages (guide, its catalogue, its feed)
 *   feeds                    every RSS/Atom feed
 *   sitemap                  sitemap.xml
 *   search                   cached search results
 */
export const cacheTags = {
  item: (collection: string, id: number | string): string => `item:${collection}:${id}`,
  list: (collection: string): string => `list:${collection}`,
  institution: (id: number | string): string => `institution:${id}`,
  feeds: 'feeds',
  sitemap: 'sitemap',
  search: 'search',
} as const

type Related = number | string | { id: number | string } | null | undefined

const idOf = (value: Related): number | string | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

type TagsArgs = {
  collection: string
  id: number | string
  /** The institutions the document belongs to now and belonged to before the change (both pages change). */
  institutions: Related[]
}

/** Every tag a change to one portal-visible document invalidates, without duplicates, in a stable order. */
export const tagsForDocument = ({ collection, id, institutions }: TagsArgs): string[] => {
  const institutionTags = institutions
    .map(idOf)
    .filter((value): value is number | string => value !== undefined && value !== '')
    .map(cacheTags.institution)
  return [...new Set([cacheTags.item(collection, id), cacheTags.list(collection), ...institutionTags, cacheTags.feeds, cacheTags.sitemap, cacheTags.search])]
}
