import type { Metadata } from 'next'

import { Breadcrumbs } from '../_components/Breadcrumbs'
import { FilterSelect } from '../_components/FilterForm'
import { listHref, Pagination } from '../_components/Pagination'
import { getCatalogueFacets } from '../_data/catalogue'
import { formatDate } from '../_data/dates'
import { flattenTree, getInstitutionTree } from '../_data/institutions'
import { optionLabels } from '../_data/labels'
import { portalPayload } from '../_data/payload'
import { getSearch, readSearchQuery } from '../_data/search'
import { type SearchParams } from '../_data/searchParams'

export const metadata: Metadata = { title: '搜索' }
// Rendered per request (it reads the query); said outright, so the build never tries to prerender it,
// which would ask the database for the layout's site settings.
export const dynamic = 'force-dynamic'

const collectionNames: Record<string, string> = {
  'disclosure-items': '政府信息',
  policies: '政策文件',
  'approval-services': '办事指南',
}

/**
 * Search over titles, summaries, bodies, 文号 and 索引号 (the portal-publishing plugin's index), with
 * filters, highlighted matches and pages; one GET form, so it works without JavaScript.
 */
export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams
  const parsed = readSearchQuery(query)
  const [tree, facets, payload] = await Promise.all([getInstitutionTree(), getCatalogueFacets(), portalPayload()])
  const params = 'params' in parsed ? parsed.params : {}
  const hasQuery = Object.keys(params).some((key) => key !== 'limit' && key !== 'page')
  const result = 'params' in parsed && hasQuery ? await getSearch(parsed.params) : null
  const validities = optionLabels(payload, 'disclosure-items', 'validity')
  const value = (key: keyof typeof params) => (params[key] === undefined ? undefined : String(params[key]))
  return (
    <>
      <Breadcrumbs trail={[{ label: '搜索' }]} />
      <h1>搜索</h1>
      <form role="search" action="/search" method="get" className="filters">
        <div>
          <label htmlFor="search-q">检索词</label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ''}
            size={30}
            placeholder="标题、正文、文号或索引号"
          />
        </div>
        <FilterSelect
          name="collection"
          label="栏目"
          choices={Object.entries(collectionNames).map(([key, label]) => ({ value: key, label }))}
          value={value('collection')}
        />
        <FilterSelect
          name="institution"
          label="发布机构"
          choices={flattenTree(tree).map((node) => ({ value: String(node.id), label: node.name }))}
          value={value('institution')}
        />
        <FilterSelect
          name="theme"
          label="主题分类"
          choices={facets.themes.map((theme) => ({ value: String(theme.id), label: theme.name }))}
          value={value('theme')}
        />
        <FilterSelect
          name="genre"
          label="体裁分类"
          choices={facets.genres.map((genre) => ({ value: String(genre.id), label: genre.name }))}
          value={value('genre')}
        />
        <FilterSelect
          name="year"
          label="年度"
          choices={facets.years.map(({ year }) => ({ value: String(year), label: `${year}年` }))}
          value={value('year')}
        />
        <FilterSelect
          name="validity"
          label="有效性"
          choices={Object.entries(validities).map(([key, label]) => ({ value: key, label }))}
          value={value('validity')}
        />
        <button type="submit">搜索</button>
      </form>
      {'error' in parsed && (
        <p className="notice" role="alert">
          {parsed.error.message}
        </p>
      )}
      {result && (
        <section aria-labelledby="search-results">
          <h2 id="search-results">
            共找到 {result.totalDocs}
            {result.totalIsCapped ? '+' : ''} 条结果
          </h2>
          {result.docs.length === 0 ? (
            <p>没有找到相关信息。可以减少检索词或去掉筛选条件再试。</p>
          ) : (
            <ol className="entries">
              {result.docs.map((hit) => (
                <li key={`${hit.collection}:${hit.id}`}>
                  <a href={hit.url} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                  {hit.snippetHtml && <p dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />}
                  <span className="meta">
                    {[collectionNames[hit.collection], hit.documentNumber, hit.indexNumber, formatDate(hit.date)]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={result.page}
            totalPages={result.totalPages}
            hrefOf={(page) => listHref('/search', { ...params, limit: undefined, page })}
          />
        </section>
      )}
    </>
  )
}
