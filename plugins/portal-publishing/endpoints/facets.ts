import type { Endpoint } from 'payload'

import { countFacets } from '../facets/facetCounts'
import { parseFacetParams } from '../facets/params'
import { parameterRefused } from './parameterRefused'

/**
 * `GET /api/portal/facets?institution=&theme=&genre=&year=&validity=`: the public catalogue's counts per
 * institution, theme (category id), genre (category id), year and validity, and the total, for anyone.
 * Each dimension's counts apply every other filter, `total` all of them (facets/facetCounts.ts); without
 * filters they are read from the counts the database keeps. Bad parameters answer 400 naming the field.
 */
export const facetsEndpoint = (): Endpoint => ({
  path: '/portal/facets',
  method: 'get',
  handler: async (req) => {
    const parsed = parseFacetParams(req.searchParams)
    if ('error' in parsed) return parameterRefused(parsed.error)
    const counts = await countFacets(req.payload, parsed.filter)
    return Response.json(counts, { headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } })
  },
})
