/**
 * Next.js calls `register()` once when a server process starts. Payload starts its job runners (scheduled
 * publication, workflow notifications, webhook deliveries) when an API route first initialises it, so a
 * server restarted at night would publish nothing scheduled until somebody visited. This makes that first
 * request itself, as soon as the server listens.
 *
 * Why a request and not `getPayload()` here: this file is bundled apart from the routes, with its own copy
 * of Payload's modules, and the instance it created would be the one every route shares; Payload's error
 * formatting checks `instanceof` against the routes' copy and would drop the field details of a 400.
 */
export async function register() {
  // Only in the Node.js server, and never while `next build` collects pages: the build needs no database.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  // Imported here, not at the top: Next.js also compiles this file for the Edge runtime, where signals and
  // process.exit do not exist (the dev server warned about each use).
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('./lib/gracefulShutdown')).shutDownGracefully()
  void warmUp(`http://127.0.0.1:${process.env.PORT ?? '3000'}/api/users/me`)
}

const WARM_UP_ATTEMPTS = 240
const WARM_UP_INTERVAL_MS = 500

/** Until the server answers (two minutes at most; after that, the first real request starts Payload). */
const warmUp = async (url: string) => {
  for (let attempt = 0; attempt < WARM_UP_ATTEMPTS; attempt++) {
    try {
      await fetch(url, { headers: { 'User-Agent': 'gongkai-warm-up' } })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, WARM_UP_INTERVAL_MS))
    }
  }
}
