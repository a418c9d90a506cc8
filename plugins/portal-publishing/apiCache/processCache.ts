import type { ApiCacheStore } from './store'

import { createApiCacheStore } from './store'

export type ApiCacheSettings = { isDisabled: boolean; maxBytes: number }

/** `API_CACHE_DISABLED=true` turns the cache off; `API_CACHE_MAX_MB` bounds its memory (64 MB). */
export const apiCacheSettings = (env: NodeJS.ProcessEnv = process.env): ApiCacheSettings => ({
  isDisabled: env.API_CACHE_DISABLED === 'true' || env.API_CACHE_DISABLED === '1',
  maxBytes: Math.max(1, Number(env.API_CACHE_MAX_MB) || 64) * 1024 * 1024,
})

// On globalThis: Next.js bundles each route apart, and the REST route, the GraphQL route and the
// invalidation listener must share one cache per process.
const STORE_KEY = Symbol.for('gongkai.portalPublishing.apiCache')
type WithStore = { [STORE_KEY]?: ApiCacheStore }

/** This process's API cache, created on first use. */
export const processApiCache = (): ApiCacheStore => {
  const holder = globalThis as WithStore
  holder[STORE_KEY] ??= createApiCacheStore({ maxBytes: apiCacheSettings().maxBytes })
  return holder[STORE_KEY]
}

/** Drops what the tags cover from this process's API cache (nothing to do before the first cached read). */
export const invalidateApiCache = (tags: string[]): void => {
  ;(globalThis as WithStore)[STORE_KEY]?.invalidate(tags)
}
