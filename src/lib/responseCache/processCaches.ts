import type { ResponseCacheStore } from './store'

import { ANY_CHANGE_TAG, createResponseCacheStore } from './store'

export type ResponseCacheSettings = { isDisabled: boolean; maxBytes: number }

const isTrue = (value: string | undefined) => value === 'true' || value === '1'
const megabytes = (value: string | undefined) => Math.max(1, Number(value) || 64) * 1024 * 1024

/** `API_CACHE_DISABLED=true` turns the API cache off; `API_CACHE_MAX_MB` bounds its memory (64 MB). */
export const apiCacheSettings = (env: NodeJS.ProcessEnv = process.env): ResponseCacheSettings => ({
  isDisabled: isTrue(env.API_CACHE_DISABLED),
  maxBytes: megabytes(env.API_CACHE_MAX_MB),
})

export type PageCacheSettings = ResponseCacheSettings & {
  /** Page renders at once per instance (the others wait their turn): src/server/renderSlots.ts. */
  renderSlots: number
}

/**
 * `PAGE_CACHE_DISABLED=true` turns the portal page cache off; `PAGE_CACHE_MAX_MB` bounds its memory (64 MB);
 * `PAGE_RENDER_SLOTS` is how many pages an instance renders at once (1).
 */
export const pageCacheSettings = (env: NodeJS.ProcessEnv = process.env): PageCacheSettings => ({
  isDisabled: isTrue(env.PAGE_CACHE_DISABLED),
  maxBytes: megabytes(env.PAGE_CACHE_MAX_MB),
  renderSlots: Math.max(1, Math.floor(Number(env.PAGE_RENDER_SLOTS)) || 1),
})

// On globalThis: Next.js bundles each route apart, and the REST route, the GraphQL route, the invalidation
// listener and the front server (src/server/, loaded outside Next's bundles) must share one cache per process.
const API_STORE_KEY = Symbol.for('gongkai.portalPublishing.apiCache')
const PAGE_STORE_KEY = Symbol.for('gongkai.portalPages')
const PAGES_LIVE_KEY = Symbol.for('gongkai.portalPages.isLive')
type WithStores = {
  [API_STORE_KEY]?: ResponseCacheStore
  [PAGE_STORE_KEY]?: ResponseCacheStore
  [PAGES_LIVE_KEY]?: boolean
}
const holder = globalThis as WithStores

/** This process's API cache, created on first use. */
export const processApiCache = (): ResponseCacheStore => {
  holder[API_STORE_KEY] ??= createResponseCacheStore({ maxBytes: apiCacheSettings().maxBytes })
  return holder[API_STORE_KEY]
}

/** This process's API cache if a cacheable read created it already (the front server only looks). */
export const existingApiCache = (): ResponseCacheStore | undefined => holder[API_STORE_KEY]

/** This process's cache of whole portal pages (the front server's), created on first use. */
export const processPageCache = (): ResponseCacheStore => {
  holder[PAGE_STORE_KEY] ??= createResponseCacheStore({ maxBytes: pageCacheSettings().maxBytes })
  return holder[PAGE_STORE_KEY]
}

/**
 * Drops what the tags cover from this process's API cache, and every cached portal page: a page shows
 * lists, facets, counts and the site settings at once, so any portal change may change any page.
 */
export const invalidateResponseCaches = (tags: string[]): void => {
  holder[API_STORE_KEY]?.invalidate(tags)
  invalidatePageCache()
}

/**
 * Drops every cached portal page. Pages are rendered from Next.js's data cache, whose tags Next.js
 * expires only when the request that revalidated them ends: callers drop the pages again once that
 * has happened, so a page rendered in between from the old data is refused (the generation moved on).
 */
export const invalidatePageCache = (): void => {
  holder[PAGE_STORE_KEY]?.invalidate([ANY_CHANGE_TAG])
}

/**
 * Whole pages may be served from memory only while this process hears of every portal change: from
 * when the portal plugin's invalidation listener starts (it catches up on what it missed) until it
 * stops. Without the plugin (disabled) or outside `npm start`, the page cache stays empty.
 */
export const setPageCacheLive = (isLive: boolean): void => {
  holder[PAGES_LIVE_KEY] = isLive
  if (!isLive) invalidatePageCache()
}

export const isPageCacheLive = (): boolean => holder[PAGES_LIVE_KEY] === true
