/**
 * The Next.js cache tags shared by the portal pages (which tag what they read, with `unstable_cache` or
 * `cacheTag`) and this plugin (which revalidates them when a document is published, changed, withdrawn or
 * deleted). One file, so both sides always spell a tag the same way.
 *
 *   item:<collection>:<id>   one document's page (and its print view, its permalink /catalogue/<indexNumber>)
 *   list:<collection>        every list that shows documents of that collection (home, catalogue, policies…)
 *   list:institutions|officials|categories  pages that show reference data (trees, leaders, facets)
 *   institution:<id>         an institution's pages (guide, its catalogue, its feed)
 *   feeds                    every RSS/Atom feed
 *   sitemap                  sitemap.xml
 *   search                   cached search results
 *   site                     what every page shows: the site settings (name, emblem, footer)
 */
export const cacheTags = {
  item: (collection: string, id: number | string): string => `item:${collection}:${id}`,
  list: (collection: string): string => `list:${collection}`,
  institution: (id: number | string): string => `institution:${id}`,
  feeds: 'feeds',
  sitemap: 'sitemap',
  search: 'search',
  site: 'site',
} as const

/** A relationship's value as read from a document by a configured field name: an id, the populated document, or empty. */
const idOf = (value: unknown): number | string | undefined => {
  const id = value && typeof value === 'object' && 'id' in value ? value.id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

const institutionTagsOf = (institutions: unknown[]): string[] =>
  institutions
    .map(idOf)
    .filter((value): value is number | string => value !== undefined && value !== '')
    .map(cacheTags.institution)

type TagsArgs = {
  collection: string
  id: number | string
  /** The institutions the document belongs to now and belonged to before the change (both pages change). */
  institutions: unknown[]
}

/** Every tag a change to one portal-visible document invalidates, without duplicates, in a stable order. */
export const tagsForDocument = ({ collection, id, institutions }: TagsArgs): string[] => {
  const institutionTags = institutionTagsOf(institutions)
  return [
    ...new Set([
      cacheTags.item(collection, id),
      cacheTags.list(collection),
      ...institutionTags,
      cacheTags.feeds,
      cacheTags.sitemap,
      cacheTags.search,
    ]),
  ]
}

/** What a reference collection is to the portal: shown beside the catalogue, never listed in it. */
export type ReferenceKind = 'institution' | 'official' | 'category'

type ReferenceTagsArgs = {
  kind: ReferenceKind
  collection: string
  id: number | string
  /** The institutions an official belonged to before and after the change. */
  institutions?: unknown[]
  /** The catalogue collections: institution and category names appear on all their pages. */
  catalogue: readonly string[]
}

/**
 * Every tag a change to institution, official or category data invalidates. Names of institutions and
 * categories appear on every catalogue page (metadata tables, facets, trees), so their rare edits expire
 * the catalogue lists too; an official appears on their own page and their institution's.
 */
export const tagsForReference = ({
  kind,
  collection,
  id,
  institutions = [],
  catalogue,
}: ReferenceTagsArgs): string[] => {
  const institutionTags = institutionTagsOf(institutions)
  switch (kind) {
    case 'institution':
      return [
        ...new Set([
          cacheTags.institution(id),
          cacheTags.list(collection),
          ...catalogue.map(cacheTags.list),
          cacheTags.feeds,
          cacheTags.sitemap,
          cacheTags.search,
        ]),
      ]
    case 'official':
      return [...new Set([cacheTags.item(collection, id), cacheTags.list(collection), ...institutionTags])]
    case 'category':
      return [...new Set([cacheTags.list(collection), ...catalogue.map(cacheTags.list), cacheTags.search])]
  }
}
