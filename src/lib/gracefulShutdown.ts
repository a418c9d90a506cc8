import { runShutdownPhase } from './shutdown'

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
export const shutDownGracefully = () => {
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
      void workStopped.then(() => runShutdownPhase('release', log)).finally(() => exit(code ?? undefined))
    // With NEXT_MANUAL_SIG_HANDLE set Next leaves signals to the app, and nobody else would exit.
    if (process.env.NEXT_MANUAL_SIG_HANDLE) release(0)
    else process.exit = release as typeof process.exit
  }
  process.once('SIGTERM', begin)
  process.once('SIGINT', begin)
}
