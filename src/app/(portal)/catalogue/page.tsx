import type { Metadata } from 'next'

import type { InstitutionNode } from '../_data/institutions'

import { Breadcrumbs } from '../_components/Breadcrumbs'
import { EntryList } from '../_components/EntryList'
import { listHref, Pagination } from '../_components/Pagination'
import { type CatalogueFacets, type CatalogueFilter, getCatalogueFacets, getCataloguePage } from '../_data/catalogue'
import { getInstitutionTree } from '../_data/institutions'
import { positiveInt, type SearchParams } from '../_data/searchParams'

export const metadata: Metadata = { title: '公开目录' }
// Rendered per request (it reads the query); said outright, so the build never tries to prerender it,
// which would ask the database for the layout's site settings.
export const dynamic = 'force-dynamic'

const subtreeCount = (node: InstitutionNode, counts: CatalogueFacets['institutions']): number =>
  (counts[node.id] ?? 0) + node.children.reduce((sum, child) => sum + subtreeCount(child, counts), 0)

function InstitutionTree({
  nodes,
  facets,
  filter,
}: {
  nodes: InstitutionNode[]
  facets: CatalogueFacets
  filter: CatalogueFilter
}) {
  const shown = nodes.filter((node) => subtreeCount(node, facets.institutions) > 0)
  if (shown.length === 0) return null
  return (
    <ul>
      {shown.map((node) => (
        <li key={node.id}>
          <a
            href={listHref('/catalogue', { institution: node.id })}
            aria-current={filter.institution === node.id ? 'true' : undefined}
          >
            {node.shortName || node.name}（{subtreeCount(node, facets.institutions)}）
          </a>
          <InstitutionTree nodes={node.children} facets={facets} filter={filter} />
        </li>
      ))}
    </ul>
  )
}

function FacetList({
  title,
  name,
  items,
  filter,
}: {
  title: string
  name: 'theme' | 'genre' | 'year'
  items: Array<{ id: number; name: string; count: number }>
  filter: CatalogueFilter
}) {
  if (items.length === 0) return null
  return (
    <div>
      <h2 id={`facet-${name}`}>{title}</h2>
      <ul aria-labelledby={`facet-${name}`}>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={listHref('/catalogue', { ...filter, page: undefined, [name]: item.id })}
              aria-current={filter[name] === item.id ? 'true' : undefined}
            >
              {item.name}（{item.count}）
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * 公开目录: every public disclosure item, narrowed by institution (with the offices under it), theme, genre
 * and year; each choice is a link, so browsing needs no form and no script.
 */
export default async function CataloguePage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams
  const filter: CatalogueFilter = {
    institution: positiveInt(query.institution),
    theme: positiveInt(query.theme),
    genre: positiveInt(query.genre),
    year: positiveInt(query.year),
    page: positiveInt(query.page) ?? 1,
  }
  const [list, facets, tree] = await Promise.all([getCataloguePage(filter), getCatalogueFacets(), getInstitutionTree()])
  const isFiltered = Boolean(filter.institution || filter.theme || filter.genre || filter.year)
  return (
    <>
      <Breadcrumbs trail={[{ label: '公开目录' }]} />
      <h1>公开目录</h1>
      <div className="columns catalogue-layout">
        <section aria-labelledby="results">
          <h2 id="results">
            {isFiltered ? '筛选结果' : '全部信息'}（共 {list.totalDocs} 条）
          </h2>
          {isFiltered && (
            <p>
              <a href="/catalogue">清除筛选</a>
            </p>
          )}
          <EntryList entries={list.entries} empty="没有符合条件的信息。" />
          <Pagination
            page={list.page}
            totalPages={list.totalPages}
            hrefOf={(page) => listHref('/catalogue', { ...filter, page })}
          />
        </section>
        {/* After the results, so a phone shows them first; folded there, beside them on wide screens (portal.css). */}
        <details className="filters-panel">
          <summary>按机构、主题、体裁、年度筛选</summary>
          <nav aria-label="目录分类" className="facets">
            <h2 id="facet-institution">按机构</h2>
            <InstitutionTree nodes={tree} facets={facets} filter={filter} />
            <FacetList title="按主题" name="theme" items={facets.themes} filter={filter} />
            <FacetList title="按体裁" name="genre" items={facets.genres} filter={filter} />
            <FacetList
              title="按年度"
              name="year"
              items={facets.years.map(({ year, count }) => ({ id: year, name: `${year}年`, count }))}
              filter={filter}
            />
          </nav>
        </details>
      </div>
    </>
  )
}
