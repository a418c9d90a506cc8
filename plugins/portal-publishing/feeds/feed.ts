import { absoluteUrl, escapeXml } from './xml'

export type FeedEntry = {
  /** Stable across edits: the document's collection and id. */
  id: string
  title: string
  path: string
  summary?: null | string
  published: string
  updated: string
  /** The publishing institution's name. */
  author?: null | string
}

export type Feed = {
  title: string
  /** The portal page the feed mirrors, e.g. `/catalogue?institution=3`. */
  path: string
  /** The feed's own path, e.g. `/feeds/institution/3.xml`. */
  selfPath: string
  baseUrl: string
  entries: FeedEntry[]
}

const tagUri = (baseUrl: string, id: string) => `tag:${new URL(baseUrl).host},2011:${id}`

const newest = (entries: FeedEntry[]) =>
  entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), '1970-01-01T00:00:00.000Z')

/** An Atom 1.0 feed (RFC 4287), in Chinese. */
export const buildAtomFeed = ({ title, path, selfPath, baseUrl, entries }: Feed): string => {
  const items = entries.map((entry) =>
    [
      '<entry>',
      `<id>${escapeXml(tagUri(baseUrl, entry.id))}</id>`,
      `<title>${escapeXml(entry.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(baseUrl, entry.path))}"/>`,
      `<published>${new Date(entry.published).toISOString()}</published>`,
      `<updated>${new Date(entry.updated).toISOString()}</updated>`,
      entry.author ? `<author><name>${escapeXml(entry.author)}</name></author>` : '',
      entry.summary ? `<summary>${escapeXml(entry.summary)}</summary>` : '',
      '</entry>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `<id>${escapeXml(tagUri(baseUrl, selfPath))}</id>`,
    `<title>${escapeXml(title)}</title>`,
    `<updated>${new Date(newest(entries)).toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(baseUrl, selfPath))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(baseUrl, path))}"/>`,
    ...items,
    '</feed>',
    '',
  ].join('\n')
}

/** An RSS 2.0 feed, for readers that know no Atom. */
export const buildRssFeed = ({ title, path, selfPath, baseUrl, entries }: Feed): string => {
  const items = entries.map((entry) =>
    [
      '<item>',
      `<title>${escapeXml(entry.title)}</title>`,
      `<link>${escapeXml(absoluteUrl(baseUrl, entry.path))}</link>`,
      `<guid isPermaLink="false">${escapeXml(tagUri(baseUrl, entry.id))}</guid>`,
      `<pubDate>${new Date(entry.published).toUTCString()}</pubDate>`,
      entry.summary ? `<description>${escapeXml(entry.summary)}</description>` : '',
      '</item>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(title)}</title>`,
    `<link>${escapeXml(absoluteUrl(baseUrl, path))}</link>`,
    `<description>${escapeXml(title)}</description>`,
    '<language>zh-CN</language>',
    `<atom:link rel="self" type="application/rss+xml" href="${escapeXml(absoluteUrl(baseUrl, selfPath))}"/>`,
    `<lastBuildDate>${new Date(newest(entries)).toUTCString()}</lastBuildDate>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
}
