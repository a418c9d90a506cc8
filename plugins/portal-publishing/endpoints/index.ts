import type { Endpoint } from 'payload'

import { documented } from '../../../src/lib/platform/openApi'
import { facetsEndpoint } from './facets'
import { facetsOpenApi, portalTag, revalidateOpenApi, searchOpenApi } from './openApi'
import { revalidateEndpoint } from './revalidate'
import { searchEndpoint } from './search'

/** The portal's endpoints, each with its OpenAPI description (openApi.ts; served at /api/openapi.json). */
export const portalEndpoints = (): Endpoint[] => [
  documented(searchEndpoint(), searchOpenApi, portalTag),
  documented(facetsEndpoint(), facetsOpenApi, portalTag),
  documented(revalidateEndpoint(), revalidateOpenApi, portalTag),
]
