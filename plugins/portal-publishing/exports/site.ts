/**
 * What the public site (src/app/(portal)) uses of the plugin: its cache tags, the catalogue's counts, the catalogue search, the
 * feeds and the sitemap. The site imports these from here, never from the plugin's inner files.
 */
export { cacheTags } from '../cacheTags'
export { countPublicItems, type PublicItemCounts } from '../facets/catalogueCounts'
export { feedEntries, sitemapEntries } from '../feeds/data'
export { buildAtomFeed, buildRssFeed } from '../feeds/feed'
export { buildSitemap, type SitemapEntry } from '../feeds/sitemap'
export { parseSearchParams, type SearchParams } from '../search/params'
export { searchCatalogue, type SearchResult } from '../search/searchCatalogue'
