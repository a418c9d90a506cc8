import type { IncomingMessage, ServerResponse } from 'node:http'

import { gzipSync } from 'node:zlib'

import type { RequestLike } from '../lib/responseCache/frontDoor'
import type { CachedResponse } from '../lib/responseCache/store'
import type { PublicFiles } from './publicFiles'

import { headersOfNode, isAnonymousReader } from '../lib/api/credentials'
import { CACHE_HEADER, MAX_CACHEABLE_GRAPHQL_BODY, publishedApiCacheKeys } from '../lib/responseCache/frontDoor'
import { isStorablePage, pageRequestVerdict } from '../lib/responseCache/pageRequest'
import { existingApiCache, isPageCacheLive, processPageCache } from '../lib/responseCache/processCaches'
import { ANY_CHANGE_TAG } from '../lib/responseCache/store'
import { captureResponse } from './captureResponse'
import { createPageRenderFlights } from './pageRenderFlights'
import { createRenderSlots } from './renderSlots'
import { replayRequest } from './replayRequest'

/** What Next.js's compression leaves alone. */
const GZIP_MIN_BYTES = 1024
// Headers of a finished response that describe that connection or transfer, not the answer.
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length', 'x-cache'])

type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

export type FrontOptions = {
  /** Next.js's request handler (`app.getRequestHandler()`). */
  handle: NextHandler
  /** The files of public/: answered from memory, never cached as pages. */
  publicFiles: PublicFiles
  isPageCacheEnabled: boolean
  /** Page renders at once (PAGE_RENDER_SLOTS): the others wait their turn (renderSlots.ts). */
  renderSlots: number
}

/** How long one render keeps the others waiting at most; it goes on rendering after. */
const RENDER_SLOT_MAX_HOLD_MS = 5000

const lightRequest = (req: IncomingMessage): RequestLike => ({
  method: req.method ?? 'GET',
  url: `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`,
  headers: headersOfNode(req.headers),
})

// Gzipped once per entry, the first time a reader accepts it: entries are immutable until dropped.
const gzipped = new WeakMap<CachedResponse, Buffer>()
const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))

/** An API cache entry as the route would have answered it (through Next.js's compression). */
const sendApiHit = (req: IncomingMessage, res: ServerResponse, cached: CachedResponse) => {
  const headers: Record<string, string> = {}
  for (const [name, value] of cached.headers) headers[name] = value
  delete headers['content-length']
  headers[CACHE_HEADER] = 'hit'
  let body: Buffer = Buffer.from(cached.body)
  if (body.byteLength >= GZIP_MIN_BYTES && !headers['content-encoding']) {
    headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding'
    if (acceptsGzip(req)) {
      let zipped = gzipped.get(cached)
      if (!zipped) gzipped.set(cached, (zipped = gzipSync(body)))
      body = zipped
      headers['content-encoding'] = 'gzip'
    }
  }
  headers['content-length'] = String(body.byteLength)
  res.writeHead(cached.status, headers)
  res.end(body)
}

/**
 * A page cache entry (`hit`), or the answer of a render another request of the same page was waiting for
 * (`shared`): as Next.js sent it, compressed for the encoding in its key.
 */
const sendPage = (res: ServerResponse, cached: CachedResponse, cacheHeader: 'hit' | 'shared') => {
  const headers: Record<string, string> = {
    [CACHE_HEADER]: cacheHeader,
    'content-length': String(cached.body.byteLength),
  }
  for (const [name, value] of cached.headers) headers[name] = value
  res.writeHead(cached.status, headers)
  res.end(Buffer.from(cached.body))
}

const storableHeaders = (res: ServerResponse): Array<[string, string]> =>
  Object.entries(res.getHeaders())
    .filter(([name]) => !HOP_HEADERS.has(name))
    .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)])

/**
 * The front of the production server: answers anonymous cache hits with a Map lookup, and the files of
 * public/ from memory (publicFiles.ts), before Next.js routes anything, and hands everything else to Next.js.
 * - API: the anonymous API cache (plugins/portal-publishing/apiCache) fills it inside Next.js; here it
 *   is only read, with the keys the routes published (src/lib/responseCache/frontDoor.ts).
 * - Portal pages: whole anonymous pages, kept here after Next.js rendered them, dropped with every
 *   portal invalidation (src/lib/responseCache/processCaches.ts). Misses of one page share one render
 *   (pageRenderFlights.ts); renders of different pages take turns (renderSlots.ts).
 */
export const createFrontHandler = ({ handle, publicFiles, isPageCacheEnabled, renderSlots }: FrontOptions) => {
  const pages = isPageCacheEnabled ? processPageCache() : undefined
  const renders = createPageRenderFlights()
  const slots = createRenderSlots({ limit: renderSlots, maxHoldMs: RENDER_SLOT_MAX_HOLD_MS })

  const answerApi = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const keys = publishedApiCacheKeys()
    const store = existingApiCache()
    if (!keys || !store) return handle(req, res)
    if (req.method === 'GET') {
      const key = keys.rest(lightRequest(req))
      const hit = key === undefined ? undefined : store.get(key)
      return hit ? sendApiHit(req, res, hit) : handle(req, res)
    }
    if (req.method !== 'POST' || path !== keys.graphqlRoute) return handle(req, res)
    // Only a body of known, small length is buffered; a signed-in query is never a cached read.
    const length = Number(req.headers['content-length'])
    if (!(length <= MAX_CACHEABLE_GRAPHQL_BODY) || !isAnonymousReader(headersOfNode(req.headers), keys.cookiePrefix))
      return handle(req, res)
    // A GraphQL query is keyed on its body: read it (it is small), then answer or replay it to Next.js.
    const body = await readBody(req)
    const key = keys.graphql(lightRequest(req), body.toString('utf8'))
    const hit = key === undefined ? undefined : store.get(key)
    return hit ? sendApiHit(req, res, hit) : handle(replayRequest(req, body), res)
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/'
    const path = url.split('?', 1)[0] ?? '/'
    const keys = publishedApiCacheKeys()
    if (path.startsWith(`${keys?.apiRoute ?? '/api'}/`)) return answerApi(req, res, path)
    if (publicFiles.answer(req, res, path)) return
    if (!pages || !isPageCacheLive()) return handle(req, res)
    const verdict = pageRequestVerdict(req, {
      cookiePrefix: keys?.cookiePrefix ?? 'payload',
      publicFiles: publicFiles.paths,
    })
    if (verdict.kind === 'not-a-page') return handle(req, res)
    if (verdict.kind === 'bypass') {
      res.setHeader(CACHE_HEADER, 'bypass')
      return handle(req, res)
    }
    const hit = pages.get(verdict.key)
    if (hit) return sendPage(res, hit, 'hit')
    // An answer begun before an invalidation is not kept (the store compares generations).
    const generation = pages.generation
    const running = renders.running(generation, verdict.key)
    if (running) {
      const shared = await running
      if (shared) return sendPage(res, shared, 'shared')
    } else {
      const settle = renders.lead(generation, verdict.key)
      // An aborted render has nothing to share: its waiters render for themselves.
      res.once('close', () => settle(undefined))
      captureResponse(res, (body) => {
        const headers = res.getHeaders()
        if (!body || !isStorablePage({ status: res.statusCode, headers })) return settle(undefined)
        const page = { status: res.statusCode, headers: storableHeaders(res), body }
        pages.set(verdict.key, page, [ANY_CHANGE_TAG], generation)
        settle(page)
      })
    }
    res.setHeader(CACHE_HEADER, 'miss')
    // Rendered in turn with the other misses (renderSlots.ts); the slot is freed when the answer is sent or abandoned.
    const free = await slots.take()
    // A visitor who left while waiting has nothing to render for: the turn goes to the next.
    if (req.socket.destroyed) return free()
    res.once('close', free)
    return handle(req, res)
  }
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
