import type { Metadata } from 'next'

import { Breadcrumbs } from '../_components/Breadcrumbs'
import { EntryList } from '../_components/EntryList'
import { FilterForm, FilterSelect } from '../_components/FilterForm'
import { listHref, Pagination } from '../_components/Pagination'
import { optionLabels } from '../_data/labels'
import { getServices } from '../_data/libraries'
import { portalPayload } from '../_data/payload'
import { oneOf, positiveInt, type SearchParams } from '../_data/searchParams'

export const metadata: Metadata = { title: '办事服务' }
// Rendered per request (it reads the query); said outright, so the build never tries to prerender it,
// which would ask the database for the layout's site settings.
export const dynamic = 'force-dynamic'

/** 办事服务: every public service guide, by type; each guide lists all its elements and forms. */
export default async function ServicesPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams
  const payload = await portalPayload()
  const types = optionLabels(payload, 'approval-services', 'serviceType')
  const filter = { serviceType: oneOf(query.serviceType, Object.keys(types)), page: positiveInt(query.page) ?? 1 }
  const list = await getServices(filter)
  return (
    <>
      <Breadcrumbs trail={[{ label: '办事服务' }]} />
      <h1>办事服务</h1>
      <FilterForm action="/services">
        <FilterSelect
          name="serviceType"
          label="事项类型"
          choices={Object.entries(types).map(([value, label]) => ({ value, label }))}
          value={filter.serviceType}
        />
      </FilterForm>
      <p>共 {list.totalDocs} 项</p>
      <EntryList entries={list.entries} empty="没有符合条件的事项。" />
      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        hrefOf={(page) => listHref('/services', { ...filter, page })}
      />
    </>
  )
}
