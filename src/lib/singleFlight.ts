/**
 * Concurrent callers of one key share one computation: ten visitors right after a publish (every cache
 * entry just expired) cause one query, not ten. Only in flight is shared; once it settles the key is
 * free again, so a rejection reaches every waiter of that flight and is never kept for later callers.
 * Per process: each instance computes at most once per key at a time.
 */
export const singleFlight = <T>() => {
  const inFlight = new Map<string, Promise<T>>()
  return (key: string, compute: () => Promise<T>): Promise<T> => {
    const running = inFlight.get(key)
    if (running) return running
    // Started on the next tick, so even a computation that throws at once is in the map before it settles.
    const flight = Promise.resolve()
      .then(compute)
      .finally(() => inFlight.delete(key))
    inFlight.set(key, flight)
    return flight
  }
}
