import type { CachedResponse } from '../lib/responseCache/store'

/** What a render in flight ends with: the page as the cache would keep it, or nothing to share (not storable, aborted). */
export type SharedRender = CachedResponse | undefined

/**
 * Portal page renders in flight, by cache generation and page key: right after a publish every cached page
 * is dropped, and ten visitors of one page would otherwise start ten renders of it on the same two cores.
 * The first miss renders; misses of the same key meanwhile wait for its answer. The generation is part of
 * the key, so a request that arrives after an invalidation never waits for a render begun before it.
 */
export const createPageRenderFlights = () => {
  const inFlight = new Map<string, Promise<SharedRender>>()
  const flightKey = (generation: number, key: string) => `${generation}\n${key}`
  return {
    /** The render of this page and generation in flight, if there is one. */
    running: (generation: number, key: string): Promise<SharedRender> | undefined =>
      inFlight.get(flightKey(generation, key)),
    /**
     * Registers the caller's render; the caller settles it once (later calls are ignored) with what it
     * sent, or with undefined when its answer is not to be shared. Settling frees the key.
     */
    lead: (generation: number, key: string): ((result: SharedRender) => void) => {
      const name = flightKey(generation, key)
      let settle: (result: SharedRender) => void = () => {}
      const flight = new Promise<SharedRender>((resolve) => {
        settle = (result) => {
          if (inFlight.get(name) === flight) inFlight.delete(name)
          resolve(result)
        }
      })
      inFlight.set(name, flight)
      return (result) => settle(result)
    },
    get size() {
      return inFlight.size
    },
  }
}
