import type { Metadata } from 'next'

import { Breadcrumbs } from '../_components/Breadcrumbs'
import { EntryList } from '../_components/EntryList'
import { FilterForm, FilterSelect } from '../_components/FilterForm'
import { listHref, Pagination } from '../_components/Pagination'
import { optionLabels } from '../_data/labels'
import { getPolicies } from '../_data/libraries'
import { portalPayload } from '../_data/payload'
import { oneOf, positiveInt, type SearchParams } from '../_data/searchParams'

export const metadata: Metadata = { title: '政策文件' }
// Rendered per request (it reads the query); said outright, so the build never tries to prerender it,
// which would ask the database for the layout's site settings.
export const dynamic = 'force-dynamic'

/** 政策文件库: filter by 效力级别 and 有效性; the options come from the collection config. */
export default async function PoliciesPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams
  const payload = await portalPayload()
  const levels = optionLabels(payload, 'policies', 'level')
  const validities = optionLabels(payload, 'policies', 'validity')
  const filter = {
    level: oneOf(query.level, Object.keys(levels)),
    validity: oneOf(query.validity, Object.keys(validities)),
    page: positiveInt(query.page) ?? 1,
  }
  const list = await getPolicies(filter)
  const toChoices = (labels: Record<string, string>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label }))
  return (
    <>
      <Breadcrumbs trail={[{ label: '政策文件' }]} />
      <h1>政策文件</h1>
      <FilterForm action="/policies">
        <FilterSelect name="level" label="效力级别" choices={toChoices(levels)} value={filter.level} />
        <FilterSelect name="validity" label="有效性" choices={toChoices(validities)} value={filter.validity} />
      </FilterForm>
      <p>共 {list.totalDocs} 件</p>
      <EntryList entries={list.entries} empty="没有符合条件的政策文件。" />
      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        hrefOf={(page) => listHref('/policies', { ...filter, page })}
      />
    </>
  )
}
