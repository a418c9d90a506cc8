import type { Payload } from 'payload'

import { cacheTags } from '../../../../plugins/portal-publishing/exports/site'
import { parseSearchParams, type SearchParams } from '../../../../plugins/portal-publishing/exports/site'
import { searchCatalogue, type SearchResult } from '../../../../plugins/portal-publishing/exports/site'
import { cached } from './cached'
import { portalPayload } from './payload'

export const SEARCH_PAGE_SIZE = 10

export type SearchOutcome =
  { params: SearchParams; result: SearchResult } | { params: SearchParams; error: { field: string; message: string } }

/** The page's query string as the plugin reads it; a bad parameter is reported to the reader, not thrown. */
export const readSearchQuery = (query: Record<string, string | string[] | undefined>) => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    const text = Array.isArray(value) ? value[0] : value
    if (text) search.set(key, text)
  }
  search.set('limit', String(SEARCH_PAGE_SIZE))
  return parseSearchParams(search)
}

/** Runs the plugin's search (the index holds only public documents). */
export const loadSearch = ({ payload, params }: { payload: Payload; params: SearchParams }): Promise<SearchResult> =>
  searchCatalogue(payload, params)

export const getSearch = (params: SearchParams) =>
  cached({
    key: 'search',
    input: params,
    tags: [cacheTags.search],
    load: async () => loadSearch({ payload: await portalPayload(), params }),
  })
