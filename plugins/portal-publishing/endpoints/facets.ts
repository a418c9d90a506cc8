import type { Endpoint } from 'payload'

import { countPublicItems } from '../facets/catalogueCounts'

type FacetCount = { value: number; count: number }

const asList = (counts: Map<number, number>): FacetCount[] =>
  [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value - b.value)

/**
 * `GET /api/portal/facets`: the public catalogue's counts per institution, theme (category id), genre
 * (category id) and year, and the total, for anyone: the counts the portal shows beside its browse links,
 * read from the counts the database keeps (facets/catalogueCounts.ts). It takes no parameters.
 */
export const facetsEndpoint = (): Endpoint => ({
  path: '/portal/facets',
  method: 'get',
  handler: async (req) => {
    const counts = await countPublicItems(req.payload)
    return Response.json(
      {
        total: counts.total,
        institutions: asList(counts.institutions),
        themes: asList(counts.themes),
        genres: asList(counts.genres),
        years: asList(counts.years),
      },
      { headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } },
    )
  },
})
