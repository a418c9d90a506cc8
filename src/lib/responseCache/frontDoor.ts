/** Tells clients (and tests) whether an answer came from a cache: `hit`, `miss` or `bypass`. */
export const CACHE_HEADER = 'X-Cache'

/** A GraphQL query body larger than this is not a sensible cache key (and the front server will not buffer it). */
export const MAX_CACHEABLE_GRAPHQL_BODY = 32 * 1024

/**
 * What the request a cache looks at must offer: a WHATWG `Request` has it, and so has the front server's
 * light view of a Node.js request (src/server/), which answers cache hits before Next.js sees them.
 */
export type RequestLike = {
  method: string
  /** Absolute URL. */
  url: string
  headers: { get: (name: string) => string | null; has: (name: string) => boolean }
}

/**
 * How the API routes key their cached reads, published for the front server. The routes are compiled
 * into Next.js's server bundles (their own module instances, with the Payload config); the front server
 * is not, so it learns the keys from here, once the first API request has set the routes up. Each
 * returns the key of a cacheable anonymous read, or undefined (bypass: ask Next.js).
 */
export type ApiCacheKeys = {
  /** A REST GET under the API route. */
  rest: (request: RequestLike) => string | undefined
  /** A GraphQL POST, with its body. */
  graphql: (request: RequestLike, body: string) => string | undefined
  /** The API route (`/api`) and the GraphQL route (`/api/graphql`). */
  apiRoute: string
  graphqlRoute: string
  /** Payload's cookie prefix: `<prefix>-token` is the session cookie. */
  cookiePrefix: string
}

const KEYS = Symbol.for('gongkai.responseCache.apiKeys')
type WithKeys = { [KEYS]?: ApiCacheKeys }

export const publishApiCacheKeys = (keys: ApiCacheKeys): void => {
  ;(globalThis as WithKeys)[KEYS] = keys
}

/** The API routes' keys once they are set up in this process, else undefined. */
export const publishedApiCacheKeys = (): ApiCacheKeys | undefined => (globalThis as WithKeys)[KEYS]
