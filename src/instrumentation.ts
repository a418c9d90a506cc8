import { runShutdownPhase } from './lib/shutdown'

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
  shutDownGracefully()
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

/** Within the 10 s an orchestrator (Docker, systemd, Kubernetes' default is 30 s) gives before SIGKILL. */
const SHUTDOWN_DEADLINE_MS = 9_000

const log = (message: string, err?: unknown) =>
  err ? console.error(`[gongkai] shutdown: ${message}`, err) : console.log(`[gongkai] shutdown: ${message}`)

/**
 * On SIGTERM or SIGINT, `next start` itself stops accepting connections, lets the requests in flight finish
 * and then calls `process.exit` (next/dist/server/lib/start-server.js). Payload's job runners and pools are
 * not Next's: at the signal this stops the runners (src/lib/shutdown.ts, phase `stop-work`), and it holds
 * Next's exit until the runners' last run is over and the connections are closed (phase `release`) — after the
 * requests, which still need them. Whatever is still going at the deadline is cut by the exit.
 */
const shutDownGracefully = () => {
  let hasBegun = false
  const begin = (signal: NodeJS.Signals) => {
    if (hasBegun) return
    hasBegun = true
    log(`${signal}: finishing requests and jobs in flight`)
    const exit = process.exit.bind(process)
    setTimeout(() => {
      log(`still busy after ${SHUTDOWN_DEADLINE_MS} ms; exiting anyway`)
      exit(1)
    }, SHUTDOWN_DEADLINE_MS).unref()
    const workStopped = runShutdownPhase('stop-work', log)
    const release = (code?: number | string | null) =>
      void workStopped
        .then(() => runShutdownPhase('release', log))
        .finally(() => exit(code ?? undefined))
    // With NEXT_MANUAL_SIG_HANDLE set Next leaves signals to the app, and nobody else would exit.
    if (process.env.NEXT_MANUAL_SIG_HANDLE) release(0)
    else process.exit = release as typeof process.exit
  }
  process.once('SIGTERM', begin)
  process.once('SIGINT', begin)
}
