import { describe, expect, it } from 'vitest'

import { buildAtomFeed, buildRssFeed } from './feed'
import { buildSitemap } from './sitemap'

const entry = {
  id: 'disclosure-items/7',
  title: '关于<公开>目录的通知 & 说明',
  path: '/catalogue/11150783000000001X%2F2011-00001',
  summary: '内容概述',
  published: '2011-03-01T02:00:00.000Z',
  updated: '2011-03-02T02:00:00.000Z',
  author: '扎兰屯市人民政府',
}
const feed = {
  title: '政府信息公开',
  path: '/catalogue',
  selfPath: '/feeds/catalogue.xml',
  baseUrl: 'https://gov.example.cn',
  entries: [entry],
}

describe('buildSitemap', () => {
  it('should list absolute URLs with their last change', () => {
    const xml = buildSitemap({
      baseUrl: 'https://gov.example.cn/',
      entries: [{ path: '/catalogue/a', lastModified: '2011-03-02T02:00:00Z' }],
    })
    expect(xml).toContain('<loc>https://gov.example.cn/catalogue/a</loc><lastmod>2011-03-02T02:00:00.000Z</lastmod>')
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    )
  })

  it('should produce an empty urlset for no entries', () => {
    expect(buildSitemap({ baseUrl: 'https://gov.example.cn', entries: [] })).toContain('<urlset')
  })
})

describe('buildAtomFeed', () => {
  it('should escape titles and link entries absolutely', () => {
    const xml = buildAtomFeed(feed)
    expect(xml).toContain('<title>关于&lt;公开&gt;目录的通知 &amp; 说明</title>')
    expect(xml).toContain('href="https://gov.example.cn/catalogue/11150783000000001X%2F2011-00001"')
    expect(xml).toContain('<updated>2011-03-02T02:00:00.000Z</updated>')
    expect(xml).toContain('<author><name>扎兰屯市人民政府</name></author>')
    expect(xml).toContain('xml:lang="zh-CN"')
  })

  it('should give entries stable ids that do not change with the title', () => {
    const renamed = buildAtomFeed({ ...feed, entries: [{ ...entry, title: '新标题' }] })
    expect(renamed).toContain('<id>tag:gov.example.cn,2011:disclosure-items/7</id>')
  })
})

describe('buildRssFeed', () => {
  it('should describe items with link, guid and RFC 822 date', () => {
    const xml = buildRssFeed(feed)
    expect(xml).toContain('<link>https://gov.example.cn/catalogue/11150783000000001X%2F2011-00001</link>')
    expect(xml).toContain('<guid isPermaLink="false">tag:gov.example.cn,2011:disclosure-items/7</guid>')
    expect(xml).toContain('<pubDate>Tue, 01 Mar 2011 02:00:00 GMT</pubDate>')
    expect(xml).toContain('<language>zh-CN</language>')
  })
})
