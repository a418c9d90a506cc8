import { absoluteUrl, escapeXml } from './xml'

export type SitemapEntry = { path: string; lastModified?: string }

/** The sitemaps.org protocol caps one file at 50,000 URLs; beyond that a sitemap index is needed. */
export const SITEMAP_MAX_URLS = 50_000

/** `sitemap.xml` for the given portal paths, absolute under `baseUrl`. */
export const buildSitemap = ({ baseUrl, entries }: { baseUrl: string; entries: SitemapEntry[] }): string => {
  const urls = entries.slice(0, SITEMAP_MAX_URLS).map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>` : ''
    return `<url><loc>${escapeXml(absoluteUrl(baseUrl, entry.path))}</loc>${lastmod}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}
