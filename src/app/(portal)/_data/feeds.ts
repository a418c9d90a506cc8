import type { Payload } from 'payload'

import { cacheTags } from '../../../../plugins/portal-publishing/exports/site'
import { feedEntries, sitemapEntries } from '../../../../plugins/portal-publishing/exports/site'
import { buildAtomFeed, buildRssFeed } from '../../../../plugins/portal-publishing/exports/site'
import { buildSitemap, type SitemapEntry } from '../../../../plugins/portal-publishing/exports/site'
import { siteName } from '../site'
import { cached } from './cached'
import { type CatalogueCollection } from './entries'
import { flattenTree, loadInstitutionTree } from './institutions'
import { portalPayload } from './payload'

export type FeedFormat = 'atom' | 'rss'

export const columnTitles: Record<CatalogueCollection, string> = {
  'disclosure-items': '政府信息',
  policies: '政策文件',
  'approval-services': '办事指南',
}

const columnPages: Record<CatalogueCollection, string> = {
  'disclosure-items': '/catalogue',
  policies: '/policies',
  'approval-services': '/services',
}

type FeedArgs = { payload: Payload; baseUrl: string; format: FeedFormat }

const build = (format: FeedFormat) => (format === 'rss' ? buildRssFeed : buildAtomFeed)

/** One column's feed (政府信息, 政策文件, 办事指南). */
export const loadColumnFeed = async ({
  payload,
  baseUrl,
  format,
  column,
}: FeedArgs & { column: CatalogueCollection }) =>
  build(format)({
    title: `${siteName} · ${columnTitles[column]}`,
    path: columnPages[column],
    selfPath: `/feeds/${column}${format === 'rss' ? '?format=rss' : ''}`,
    baseUrl,
    entries: await feedEntries(payload, { collection: column }),
  })

/** One institution's feed, all columns; null when the institution is not public. */
export const loadInstitutionFeed = async ({
  payload,
  baseUrl,
  format,
  institution,
}: FeedArgs & { institution: number }) => {
  const found = await payload.findByID({
    collection: 'institutions',
    id: institution,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!found) return null
  return build(format)({
    title: `${siteName} · ${found.name}`,
    path: `/institutions/${institution}`,
    selfPath: `/feeds/institutions/${institution}${format === 'rss' ? '?format=rss' : ''}`,
    baseUrl,
    entries: await feedEntries(payload, { institution }),
  })
}

const sectionPaths = ['/', '/guide', '/catalogue', '/policies', '/institutions', '/services', '/search']

/** sitemap.xml: the columns, every institution's pages and every public catalogue entry. */
export const loadSitemap = async ({ payload, baseUrl }: { payload: Payload; baseUrl: string }) => {
  const institutions = flattenTree(await loadInstitutionTree({ payload }))
  const pages: SitemapEntry[] = [
    ...sectionPaths.map((path) => ({ path })),
    ...institutions.flatMap((institution) => [
      { path: `/institutions/${institution.id}` },
      { path: `/guide/${institution.id}` },
    ]),
  ]
  return buildSitemap({ baseUrl, entries: [...pages, ...(await sitemapEntries(payload))] })
}

export const getColumnFeed = (args: { baseUrl: string; format: FeedFormat; column: CatalogueCollection }) =>
  cached({
    key: 'column-feed',
    input: args,
    tags: [cacheTags.feeds, cacheTags.list(args.column)],
    load: async () => loadColumnFeed({ payload: await portalPayload(), ...args }),
  })

export const getInstitutionFeed = (args: { baseUrl: string; format: FeedFormat; institution: number }) =>
  cached({
    key: 'institution-feed',
    input: args,
    tags: [cacheTags.feeds, cacheTags.institution(args.institution), cacheTags.list('institutions')],
    load: async () => loadInstitutionFeed({ payload: await portalPayload(), ...args }),
  })

export const getSitemap = (baseUrl: string) =>
  cached({
    key: 'sitemap',
    input: baseUrl,
    tags: [cacheTags.sitemap, cacheTags.list('institutions')],
    load: async () => loadSitemap({ payload: await portalPayload(), baseUrl }),
  })

/**
 * Absolute links need the public address: SERVER_URL when set (the configured one, behind a proxy), else the
 * Host the reader used. The cache keys on it, so a forged Host only ever reaches the one who sent it.
 */
export const baseUrlOf = (request: Request): string => {
  if (process.env.SERVER_URL) return process.env.SERVER_URL
  const url = new URL(request.url)
  const host = request.headers.get('host')
  return host && /^[\w.-]+(:\d+)?$/.test(host) ? `${url.protocol}//${host}` : url.origin
}

export const xmlResponse = (xml: string | null, format: FeedFormat | 'sitemap') =>
  xml === null
    ? new Response('未找到 / not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    : new Response(xml, {
        headers: {
          'Content-Type':
            format === 'sitemap'
              ? 'application/xml; charset=utf-8'
              : format === 'rss'
                ? 'application/rss+xml; charset=utf-8'
                : 'application/atom+xml; charset=utf-8',
          'Cache-Control': 'public, max-age=0, must-revalidate',
        },
      })

export const formatOf = (request: Request): FeedFormat =>
  new URL(request.url).searchParams.get('format') === 'rss' ? 'rss' : 'atom'
