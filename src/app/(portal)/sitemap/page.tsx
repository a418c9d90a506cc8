import type { Metadata } from 'next'

import { Breadcrumbs } from '../_components/Breadcrumbs'
import { InstitutionLinks } from '../_components/InstitutionLinks'
import { getCatalogueFacets } from '../_data/catalogue'
import { catalogueCollections } from '../_data/entries'
import { columnTitles } from '../_data/feeds'
import { getInstitutionTree } from '../_data/institutions'
import { sections } from '../site'

export const metadata: Metadata = { title: '网站地图' }
export const dynamic = 'force-dynamic'

/**
 * 网站地图 for people: every column and what is under it, as nested lists of links. Crawlers keep
 * `/sitemap.xml`, linked at the end.
 */
export default async function SitemapPage() {
  const [tree, facets] = await Promise.all([getInstitutionTree(), getCatalogueFacets()])
  return (
    <>
      <Breadcrumbs trail={[{ label: '网站地图' }]} />
      <h1>网站地图</h1>
      <div className="sitemap">
        {sections.map((section, index) => (
          <section key={section.href} aria-labelledby={`map-${index}`}>
            <h2 id={`map-${index}`}>
              <a href={section.href}>{section.label}</a>
            </h2>
            {section.href === '/guide' && <InstitutionLinks nodes={tree} path="/guide" />}
            {section.href === '/institutions' && <InstitutionLinks nodes={tree} path="/institutions" />}
            {section.href === '/catalogue' && (
              <ul className="inline-list">
                {facets.themes.map((theme) => (
                  <li key={theme.id}>
                    <a href={`/catalogue?theme=${theme.id}`}>{theme.name}</a>
                  </li>
                ))}
                {facets.years.map(({ year }) => (
                  <li key={year}>
                    <a href={`/catalogue?year=${year}`}>{year}年</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <section aria-labelledby="map-feeds">
          <h2 id="map-feeds">订阅与数据</h2>
          <ul>
            {catalogueCollections.map((column) => (
              <li key={column}>
                <a href={`/feeds/${column}`}>{columnTitles[column]}（Atom）</a>
              </li>
            ))}
            <li>
              <a href="/sitemap.xml">供搜索引擎使用的网站地图（XML）</a>
            </li>
          </ul>
        </section>
      </div>
    </>
  )
}
