import type { SanitizedConfig } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { ResolvedPortalOptions } from '../../../plugins/portal-publishing/types'

import { PORTAL_PUBLISHING_CUSTOM_KEY } from '../../../plugins/portal-publishing'
import {
  apiCacheRules,
  cacheableGraphqlRead,
  cacheableRestRead,
} from '../../../plugins/portal-publishing/apiCache/cacheableRead'
import { ANY_CHANGE_TAG } from '../../../src/lib/responseCache/store'
import { config } from '../../helpers/payload'

let sanitized: SanitizedConfig
let rules: ReturnType<typeof apiCacheRules>

beforeAll(async () => {
  sanitized = await config
  rules = apiCacheRules(sanitized, sanitized.custom[PORTAL_PUBLISHING_CUSTOM_KEY] as ResolvedPortalOptions)
})

const restRead = (path: string, headers: Record<string, string> = {}) =>
  cacheableRestRead(new Request(`http://localhost${path}`, { headers }), sanitized, rules)

describe('which anonymous reads are cached, under which tags', () => {
  it('should tag a list by its collection and what its documents populate', () => {
    const tags = restRead('/api/disclosure-items?limit=5')?.tags
    expect(tags).toEqual(
      expect.arrayContaining(['list:disclosure-items', 'list:institutions', 'list:categories', 'list:policies']),
    )
    expect(tags).not.toContain('list:media')
    expect(restRead('/api/disclosure-items/count')?.tags).toEqual(tags)
  })

  it('should tag a by-id read by its item and the collections it populates, or by its item alone at depth 0', () => {
    expect(restRead('/api/policies/12')?.tags).toEqual(
      expect.arrayContaining(['item:policies:12', 'list:institutions']),
    )
    expect(restRead('/api/policies/12?depth=0')?.tags).toEqual(['item:policies:12'])
    // Reference collections are expired per list.
    expect(restRead('/api/institutions/3?depth=0')?.tags).toEqual(['list:institutions'])
  })

  it('should tag globals by site, the index-number lookup by every catalogue list and search and the facets by search', () => {
    expect(restRead('/api/globals/site-settings')?.tags).toEqual(['site'])
    expect(restRead('/api/catalogue/11150000MB0000000X%2F2025-00001')?.tags).toEqual([
      'list:disclosure-items',
      'list:policies',
      'list:approval-services',
    ])
    expect(restRead('/api/portal/search?q=%E4%BD%8F%E6%88%BF')?.tags).toEqual(['search'])
    expect(restRead('/api/portal/facets')?.tags).toEqual(['search'])
    // Filtered facets are kept per query string, and also expire with the search (an institution's move
    // under another changes the subtree a filter counts, and emits `search` too).
    expect(restRead('/api/portal/facets?institution=4&year=2024')?.tags).toEqual(['search'])
    expect(restRead('/api/portal/facets?institution=4&year=2024')?.key).not.toBe(restRead('/api/portal/facets')?.key)
  })

  it('should not cache users, media, custom endpoints, drafts, trash or anything signed in', () => {
    for (const path of [
      '/api/users',
      '/api/media/1',
      '/api/disclosure-items/1/workflow',
      '/api/disclosure-items/versions',
      '/api/catalogue/backfill',
      '/api/disclosure-items?draft=true',
      '/api/policies?trash=true',
    ]) {
      expect(restRead(path), path).toBeUndefined()
    }
    expect(restRead('/api/policies', { Authorization: 'users API-Key abc' })).toBeUndefined()
    expect(restRead('/api/policies', { Cookie: 'theme=dark; payload-token=abc' })).toBeUndefined()
    expect(restRead('/api/policies', { Cookie: '__prerender_bypass=1' })).toBeUndefined()
    expect(restRead('/api/policies', { Cookie: 'theme=dark' })).toBeDefined()
  })

  it('should key on the language and the origin, which change the answer', () => {
    const keys = new Set([
      restRead('/api/policies')?.key,
      restRead('/api/policies', { 'Accept-Language': 'en' })?.key,
      restRead('/api/policies', { Cookie: 'payload-lng=en' })?.key,
      restRead('/api/policies', { Origin: 'https://example.gov.cn' })?.key,
    ])
    expect(keys.size).toBe(4)
  })

  it('should cache a GraphQL query under every change, and never a mutation', async () => {
    const post = (query: string) =>
      cacheableGraphqlRead(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query }),
        }),
        sanitized,
      )
    expect((await post('{ Policies { docs { id } } }'))?.tags).toEqual([ANY_CHANGE_TAG])
    expect(await post('mutation { updatePolicy(id: 1, data: {}) { id } }')).toBeUndefined()
  })
})
