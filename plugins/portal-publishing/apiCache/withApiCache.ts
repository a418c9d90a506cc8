import type { SanitizedConfig } from 'payload'

import type { CachedResponse } from '../../../src/lib/responseCache/store'
import type { ResolvedPortalOptions } from '../types'
import type { ApiCacheRules, CacheableRead } from './cacheableRead'

import { CACHE_HEADER, publishApiCacheKeys } from '../../../src/lib/responseCache/frontDoor'
import { apiCacheSettings, processApiCache } from '../../../src/lib/responseCache/processCaches'
import { singleFlight } from '../../../src/lib/singleFlight'
import { PORTAL_PUBLISHING_CUSTOM_KEY } from '../defaults'
import { apiCacheRules, cacheableGraphqlBody, cacheableGraphqlRead, cacheableRestRead } from './cacheableRead'

export { CACHE_HEADER }

type RouteHandler<Args> = (request: Request, args: Args) => Promise<Response>

const withCacheHeader = (response: Response, state: 'hit' | 'miss' | 'bypass') => {
  const headers = new Headers(response.headers)
  headers.set(CACHE_HEADER, state)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

const responseOf = (cached: CachedResponse, state: 'hit' | 'miss') => {
  const headers = new Headers(cached.headers)
  headers.set(CACHE_HEADER, state)
  // The body is copied into the response (fetch's rule for an ArrayBuffer body), so the entry stays whole.
  return new Response(cached.body, { status: cached.status, headers })
}

type Setup = { config: SanitizedConfig; rules: ApiCacheRules } | undefined

const setupOf = async (configPromise: Promise<SanitizedConfig> | SanitizedConfig): Promise<Setup> => {
  const config = await configPromise
  const options = config.custom?.[PORTAL_PUBLISHING_CUSTOM_KEY] as ResolvedPortalOptions | undefined
  if (!options || options.disabled || apiCacheSettings().isDisabled) return undefined
  const rules = apiCacheRules(config, options)
  // The front server (src/server/) answers hits before Next.js with the same keys.
  publishApiCacheKeys({
    rest: (request) => cacheableRestRead(request, config, rules)?.key,
    graphql: (request, body) => cacheableGraphqlBody(request, config, body)?.key,
    apiRoute: config.routes.api,
    graphqlRoute: `${config.routes.api}${config.routes.graphQL}`,
    cookiePrefix: config.cookiePrefix || 'payload',
  })
  return { config, rules }
}

/**
 * Wraps one of Payload's route handlers (REST GET, GraphQL POST) with the anonymous read cache. Only a
 * 200 without cookies is stored, and only when no invalidation happened while it was computed.
 * Concurrent misses of one key in one generation compute once (after a publish, ten readers of the
 * same list wait for one query, not ten).
 */
export const withApiCache = <Args>(
  configPromise: Promise<SanitizedConfig> | SanitizedConfig,
  handler: RouteHandler<Args>,
  { isGraphql = false }: { isGraphql?: boolean } = {},
): RouteHandler<Args> => {
  let setup: Promise<Setup> | undefined
  // What a flight ends with: the entry when the answer was kept, else the leader's own, unshareable response.
  const flights = singleFlight<{ cached?: CachedResponse; response?: Response }>()
  return async (request, args) => {
    setup ??= setupOf(configPromise)
    const ready = await setup
    if (!ready) return handler(request, args)
    const read: CacheableRead | undefined = isGraphql
      ? await cacheableGraphqlRead(request, ready.config)
      : cacheableRestRead(request, ready.config, ready.rules)
    if (!read) return withCacheHeader(await handler(request, args), 'bypass')

    const store = processApiCache()
    const hit = store.get(read.key)
    if (hit) return responseOf(hit, 'hit')
    const generation = store.generation
    let isLeader = false
    // Joined only within one generation: an answer begun before an invalidation is never handed out after it.
    const outcome = await flights(`${generation}\n${read.key}`, async () => {
      isLeader = true
      const response = await handler(request, args)
      if (response.status !== 200 || response.headers.has('set-cookie')) return { response }
      const cached: CachedResponse = {
        status: response.status,
        headers: [...response.headers],
        body: await response.arrayBuffer(),
      }
      store.set(read.key, cached, read.tags, generation)
      return { cached }
    })
    if (outcome.cached) return responseOf(outcome.cached, isLeader ? 'miss' : 'hit')
    // Not kept (an error, a cookie): the leader answers with its own response, a joiner asks for its own.
    return withCacheHeader(isLeader && outcome.response ? outcome.response : await handler(request, args), 'miss')
  }
}
