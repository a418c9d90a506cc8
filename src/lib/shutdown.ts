/**
 * What an instance stops when it is told to (SIGTERM, SIGINT), in two phases:
 * - `stop-work`, at once: nothing new starts (job runners stop ticking, a run in progress is awaited);
 * - `release`, once the HTTP server has finished its requests in flight and the work has stopped:
 *   connections are closed (LISTEN connections, then the pools), in the reverse order of registration.
 *
 * Register with `onShutdown({ name, phase, run })`; it returns the function that unregisters (call it when
 * the thing is closed another way). src/instrumentation.ts runs the steps inside the Next.js server.
 *
 * The registry lives on `globalThis`: Next.js bundles instrumentation and the routes apart, each with its own
 * copy of this module, and a step registered by a route must be seen by the signal handler.
 */
export type ShutdownPhase = 'stop-work' | 'release'

export type ShutdownStep = {
  /** For the log: what stopped, or failed to. */
  name: string
  /** @default 'release' */
  phase?: ShutdownPhase
  run: () => Promise<void> | void
}

type Registry = { steps: ShutdownStep[] }

const REGISTRY = Symbol.for('gongkai.shutdown')

const registry = (): Registry => {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry }
  holder[REGISTRY] ??= { steps: [] }
  return holder[REGISTRY]
}

export const onShutdown = (step: ShutdownStep): (() => void) => {
  registry().steps.push(step)
  return () => {
    registry().steps = registry().steps.filter((registered) => registered !== step)
  }
}

type Log = (message: string, err?: unknown) => void

/** Runs every step of a phase (each once; a failing step is logged and does not stop the others). */
export const runShutdownPhase = async (phase: ShutdownPhase, log: Log = () => {}): Promise<void> => {
  const steps = registry().steps.filter((step) => (step.phase ?? 'release') === phase)
  registry().steps = registry().steps.filter((step) => !steps.includes(step))
  const run = async (step: ShutdownStep) => {
    try {
      await step.run()
      log(`stopped ${step.name}`)
    } catch (err) {
      log(`could not stop ${step.name}`, err)
    }
  }
  // Work stops everywhere at once; connections close last-opened first (a LISTEN before the pool it came from).
  if (phase === 'stop-work') await Promise.all(steps.map(run))
  else for (const step of steps.reverse()) await run(step)
}
