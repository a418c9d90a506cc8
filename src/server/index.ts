/**
 * The production server (`npm start`, through scripts/launch.ts): Next.js's request handler on a
 * `node:http` server, behind a front that answers anonymous cache hits before Next.js routes anything
 * (answerFromCache.ts). Otherwise what `next start` does: `--port`/`--hostname` (or PORT, HOSTNAME),
 * keep-alive, and on SIGTERM/SIGINT it stops taking connections, finishes the requests in flight, then
 * exits (143/130) through src/lib/gracefulShutdown.ts, which stops the job runners and closes the pools.
 *
 *   node --import tsx src/server/index.ts [--port 3000] [--hostname 0.0.0.0]
 */
import next from 'next'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { invalidatePageCache, pageCacheSettings } from '../lib/responseCache/processCaches'
import { securityHeaders } from '../lib/securityHeaders'
import { createFrontHandler } from './answerFromCache'
import { loadPublicFiles } from './publicFiles'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const log = (message: string) => console.log(`[gongkai] ${message}`)

/**
 * Whole pages are also dropped this often, as the portal's data cache expires what no tag covers
 * (PORTAL_REVALIDATE_SECONDS, src/app/(portal)/_data/cached.ts), and what a page computes from the clock.
 */
const PAGE_CACHE_MAX_AGE_MS = 3600_000

/** Stop taking connections, close idle keep-alive ones as they become idle, resolve when none is left. */
const closeServer = (server: http.Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeIdleConnections()
    setInterval(() => server.closeIdleConnections(), 100).unref()
  })

/**
 * Appends the address this server saw to `X-Forwarded-For`, as every proxy before it did: the app counts
 * requests per client by the entry its trusted proxies vouch for (the public request form's rate limit),
 * never by one a client wrote (Next.js would keep a client's header as it came, and add nothing).
 */
const appendForwardedFor = (req: http.IncomingMessage) => {
  const peer = req.socket.remoteAddress
  if (!peer) return
  const prior = [req.headers['x-forwarded-for'] ?? []].flat().join(', ')
  req.headers['x-forwarded-for'] = prior ? `${prior}, ${peer}` : peer
}

const main = async () => {
  const { values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
    strict: true,
  })
  const port = Number(values.port ?? process.env.PORT ?? 3000)
  const hostname = values.hostname ?? process.env.HOSTNAME
  // The instrumentation's warm-up and the invalidation listener reach this server at 127.0.0.1:$PORT.
  process.env.PORT = String(port)
  // What the `next` command sets before it starts a server: the app (src/instrumentation.ts, the portal
  // plugin's listener) tells the Node.js server from the build and the Edge runtime by NEXT_RUNTIME.
  const env = process.env as Record<string, string | undefined>
  env.NODE_ENV ??= 'production'
  env.NEXT_RUNTIME = 'nodejs'
  process.title = 'gongkai-server'

  const app = next({ dev: false, dir: rootDir, port, hostname: hostname ?? 'localhost' })
  const handle = app.getRequestHandler()
  const pageSettings = pageCacheSettings()
  const front = createFrontHandler({
    handle: (req, res) => handle(req, res),
    publicFiles: await loadPublicFiles(path.join(rootDir, 'public')),
    isPageCacheEnabled: !pageSettings.isDisabled,
    renderSlots: pageSettings.renderSlots,
  })
  setInterval(invalidatePageCache, PAGE_CACHE_MAX_AGE_MS).unref()
  const headers = securityHeaders({ isDev: false, serverURL: process.env.SERVER_URL })
  const server = http.createServer((req, res) => {
    // Set before the front answers a cache hit or Next.js adds its own (the same, from next.config.ts).
    for (const [name, value] of headers) res.setHeader(name, value)
    appendForwardedFor(req)
    front(req, res).catch((err: unknown) => {
      console.error('[gongkai] request failed', err)
      if (!res.headersSent) res.writeHead(500).end()
      else res.destroy()
    })
  })

  let isStopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) return
    isStopping = true
    // process.exit is held by gracefulShutdown.ts (registered by src/instrumentation.ts) until the job
    // runners have stopped and the pools are closed, after the requests below.
    void closeServer(server)
      .then(() => app.close())
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)

  await app.prepare()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, hostname, () => resolve())
  })
  log(`ready on http://${hostname ?? 'localhost'}:${port}`)
}

main().catch((err: unknown) => {
  console.error('[gongkai]', err)
  process.exit(1)
})
