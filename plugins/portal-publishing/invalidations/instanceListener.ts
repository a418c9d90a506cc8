import type { Payload } from 'payload'

import type { InvalidationListener } from './listener'

import { adapterOf } from '../../../src/lib/platform/database/adapter'
import {
  invalidatePageCache,
  invalidateResponseCaches,
  setPageCacheLive,
} from '../../../src/lib/responseCache/processCaches'
import { onShutdown } from '../../../src/lib/shutdown'
import { postRevalidation } from '../revalidate'
import { THIS_PROCESS } from './channel'
import { createInvalidationListener } from './listener'

// One per process, on globalThis: Next.js may load the plugin in more than one bundle.
const LISTENER_KEY = Symbol.for('gongkai.portalPublishing.invalidationListener')
type WithListener = { [LISTENER_KEY]?: InvalidationListener }

/** In `next start` / `next dev`, not while `next build` collects pages, nor in the seed, CLI or tests. */
export const isInsideNextServer = (env: NodeJS.ProcessEnv = process.env) =>
  env.NEXT_RUNTIME === 'nodejs' && env.NEXT_PHASE !== 'phase-production-build'

/**
 * This server's own address: Next.js's `revalidateTag` needs a request, and a LISTEN callback has
 * none, so the listener expires the Next.js cache through a signed request to itself. `PORT` is what
 * `npm start` and `next start` listen on (src/instrumentation.ts makes its first request the same way).
 */
const loopbackUrl = () => `http://127.0.0.1:${process.env.PORT ?? '3000'}`

/**
 * Starts this instance's invalidation listener (once per process): every invalidation logged by any
 * process drops the tags from this instance's API cache and its Next.js cache.
 */
export const startInstanceListener = (payload: Payload): InvalidationListener => {
  const holder = globalThis as WithListener
  if (holder[LISTENER_KEY]) return holder[LISTENER_KEY]
  // SIGTERM closes the LISTEN connection with the other connections, once requests in flight are done.
  onShutdown({ name: 'portal invalidation listener', run: stopInvalidationListener })
  holder[LISTENER_KEY] = createInvalidationListener({
    connection: adapterOf(payload).poolOptions,
    logger: payload.logger,
    // Since shortly before this process started: Next.js keeps its data cache on disk across restarts.
    catchUpSeconds: Math.ceil(process.uptime()) + 60,
    // A publish served by this instance expired its caches inside the request already (revalidateEverywhere).
    skipAppliedBy: THIS_PROCESS,
    apply: async (tags) => {
      invalidateResponseCaches(tags)
      await postRevalidation(payload, loopbackUrl(), tags).catch((err: unknown) =>
        payload.logger.warn({ msg: 'portal revalidation over loopback failed', err }),
      )
      // Next.js's cache is expired now: a page rendered before from the old data is not kept.
      invalidatePageCache()
    },
  })
  // Every invalidation reaches this process from now on: the front server may keep whole pages.
  setPageCacheLive(true)
  return holder[LISTENER_KEY]
}

/**
 * Closes this instance's LISTEN connection; for graceful shutdown (SIGTERM), before the pools close.
 * Exported from the plugin's index as `stopInvalidationListener`.
 */
export const stopInvalidationListener = async (): Promise<void> => {
  const holder = globalThis as WithListener
  const listener = holder[LISTENER_KEY]
  Reflect.deleteProperty(holder, LISTENER_KEY)
  setPageCacheLive(false)
  await listener?.stop()
}
