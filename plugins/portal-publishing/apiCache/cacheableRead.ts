import type { Field, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import type { RequestLike } from '../../../src/lib/responseCache/frontDoor'
import type { ResolvedPortalOptions } from '../types'

import { cookiesOf, isAnonymousReader } from '../../../src/lib/api/credentials'
import { isListed } from '../../../src/lib/platform/slugs'
import { MAX_CACHEABLE_GRAPHQL_BODY } from '../../../src/lib/responseCache/frontDoor'
import { ANY_CHANGE_TAG } from '../../../src/lib/responseCache/store'
import { cacheTags } from '../cacheTags'

/** What a cacheable read is stored under, and the tags whose invalidation drops it. */
export type CacheableRead = { key: string; tags: string[] }

const NUMERIC_ID = /^\d+$/

/** Anyone with credentials or in draft mode may see more than the public: their reads never touch the cache. */
const isAnonymous = (request: RequestLike, config: SanitizedConfig) =>
  isAnonymousReader(request.headers, config.cookiePrefix || 'payload')

/**
 * What besides the URL changes the answer: the language (messages are localized from the cookie or
 * Accept-Language) and the Origin (Payload answers CORS for it).
 */
const variantOf = (request: RequestLike, config: SanitizedConfig, cookies: Map<string, string>) =>
  [
    request.headers.get('accept-language') ?? '',
    cookies.get(`${config.cookiePrefix || 'payload'}-lng`) ?? '',
    request.headers.get('origin') ?? '',
  ].join('\n')

/** The collections a collection's documents can populate: relationships, uploads, and rich text (links, embeds to anything). */
const relationTargets = (fields: Field[], anyTarget: readonly string[], into = new Set<string>()): Set<string> => {
  for (const field of fields) {
    if ('relationTo' in field && field.relationTo) {
      for (const target of [field.relationTo].flat()) into.add(target)
    }
    if (field.type === 'richText') for (const target of anyTarget) into.add(target)
    if ('fields' in field && field.fields) relationTargets(field.fields, anyTarget, into)
    if (field.type === 'tabs') for (const tab of field.tabs) relationTargets(tab.fields, anyTarget, into)
    if (field.type === 'blocks')
      for (const block of field.blocks) if (typeof block !== 'string') relationTargets(block.fields, anyTarget, into)
  }
  return into
}

/**
 * Which portal collections are cached, and the tags of reading them. A read of collection C is
 * dropped by `list:C` (every change to a C document emits it), by-id reads also by `item:C:<id>`;
 * both by `list:R` for every tagged collection R their documents can populate, so a withdrawn related
 * document or a renamed institution never lingers inside another answer. Collections the portal plugin
 * does not tag (users, media, workflow records) are never cached.
 */
export const apiCacheRules = (config: SanitizedConfig, options: ResolvedPortalOptions) => {
  const tagged = [...options.collections, ...Object.keys(options.references)] as string[]
  const populatedTags = new Map<string, string[]>()
  for (const slug of tagged) {
    const collection = config.collections.find((candidate) => candidate.slug === slug) as
      SanitizedCollectionConfig | undefined
    const targets = collection ? relationTargets(collection.fields, tagged) : new Set<string>()
    populatedTags.set(slug, [...targets].filter((target) => tagged.includes(target)).map(cacheTags.list))
  }
  return {
    listTags: (slug: string) =>
      populatedTags.has(slug) ? [...new Set([cacheTags.list(slug), ...(populatedTags.get(slug) ?? [])])] : undefined,
    // `depth=0` populates nothing: only the document's own changes matter.
    byIdTags: (slug: string, id: string, depth: string | null) => {
      if (!populatedTags.has(slug)) return undefined
      // Reference collections are tagged per list only (an institution's change emits `list:institutions`).
      const own = isListed(options.collections, slug) ? cacheTags.item(slug, id) : cacheTags.list(slug)
      return depth === '0' ? [own] : [...new Set([own, ...(populatedTags.get(slug) ?? [])])]
    },
    catalogueTags: () => options.collections.map(cacheTags.list),
    globalTags: (slug: string) => (isListed(options.globals, slug) ? [cacheTags.site] : undefined),
  }
}

export type ApiCacheRules = ReturnType<typeof apiCacheRules>

/** Tags of a REST GET path (after `/api`), or undefined when the path is not a cached read. */
const restTags = (segments: string[], params: URLSearchParams, rules: ApiCacheRules): string[] | undefined => {
  const [first, second, ...rest] = segments
  if (!first) return undefined
  if (first === 'globals') return second && rest.length === 0 ? rules.globalTags(second) : undefined
  // The index-number lookup (`/api/catalogue/<number>`) resolves to a published document of any catalogue collection.
  if (first === 'catalogue')
    return second && rest.length <= 1 && second !== 'backfill' ? rules.catalogueTags() : undefined
  // The facets are counts of the same public catalogue the search reads: expired with it.
  if (first === 'portal' && (second === 'search' || second === 'facets') && rest.length === 0) return [cacheTags.search]
  if (rest.length > 0) return undefined
  if (second === undefined || second === 'count') return rules.listTags(first)
  return NUMERIC_ID.test(second) ? rules.byIdTags(first, second, params.get('depth')) : undefined
}

/**
 * A REST GET that may be answered from the cache, or undefined (bypass): only anonymous reads of
 * published portal content, never drafts or trash (`draft`, `trash` parameters).
 */
export const cacheableRestRead = (
  request: RequestLike,
  config: SanitizedConfig,
  rules: ApiCacheRules,
): CacheableRead | undefined => {
  if (request.method !== 'GET') return undefined
  if (!isAnonymous(request, config)) return undefined
  const cookies = cookiesOf(request.headers)
  const url = new URL(request.url)
  if (url.searchParams.has('draft') || url.searchParams.has('trash')) return undefined
  const apiRoute = config.routes.api
  if (!url.pathname.startsWith(`${apiRoute}/`)) return undefined
  let segments: string[]
  try {
    segments = url.pathname
      .slice(apiRoute.length + 1)
      .split('/')
      .map(decodeURIComponent)
  } catch {
    return undefined
  }
  const tags = restTags(segments, url.searchParams, rules)
  if (!tags) return undefined
  return { key: `GET ${url.pathname}${url.search}\n${variantOf(request, config, cookies)}`, tags }
}

/** Queries only; a mutation, or a body too large to be a sensible key, is not a read to cache. */
const MUTATION = /\b(mutation|subscription)\b/

/** Whether a GraphQL POST may be a cached read at all, before its body is read. */
export const mayBeCacheableGraphql = (request: RequestLike, config: SanitizedConfig): boolean => {
  if (request.method !== 'POST') return false
  if (!isAnonymous(request, config)) return false
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) return false
  const length = request.headers.get('content-length')
  return length === null || Number(length) <= MAX_CACHEABLE_GRAPHQL_BODY
}

/**
 * An anonymous GraphQL POST, keyed on its body. A query can read any collection at any depth, so the
 * entry is filed under ANY_CHANGE_TAG, which every invalidation drops.
 */
export const cacheableGraphqlBody = (
  request: RequestLike,
  config: SanitizedConfig,
  body: string,
): CacheableRead | undefined => {
  if (!mayBeCacheableGraphql(request, config)) return undefined
  // A draft argument or a mutation anywhere (also in a string) makes the request uncached: safe, never wrong.
  if (body.length > MAX_CACHEABLE_GRAPHQL_BODY || MUTATION.test(body) || /\bdraft\b/.test(body)) return undefined
  const url = new URL(request.url)
  return {
    key: `POST ${url.pathname}${url.search}\n${variantOf(request, config, cookiesOf(request.headers))}\n${body}`,
    tags: [ANY_CHANGE_TAG],
  }
}

/** The same for a WHATWG request (the GraphQL route), reading a copy of its body. */
export const cacheableGraphqlRead = async (
  request: Request,
  config: SanitizedConfig,
): Promise<CacheableRead | undefined> =>
  mayBeCacheableGraphql(request, config)
    ? cacheableGraphqlBody(request, config, await request.clone().text())
    : undefined
