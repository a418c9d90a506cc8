import type { Endpoint } from 'payload'

import { parseSearchParams } from '../search/params'
import { searchCatalogue } from '../search/searchCatalogue'
import { parameterRefused } from './parameterRefused'

/**
 * `GET /api/portal/search?q=&institution=&theme=&genre=&year=&validity=&collection=&page=&limit=`:
 * the portal's search for anyone. Bad parameters answer 400 naming the field.
 */
export const searchEndpoint = (): Endpoint => ({
  path: '/portal/search',
  method: 'get',
  handler: async (req) => {
    const parsed = parseSearchParams(req.searchParams)
    if ('error' in parsed) return parameterRefused(parsed.error)
    const result = await searchCatalogue(req.payload, parsed.params)
    return Response.json(result, { headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } })
  },
})
