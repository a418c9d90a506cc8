import { performance } from 'node:perf_hooks'

export type LoadResult = {
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p95Ms: number
  /** Bytes of one response body (the first): how heavy the page is. */
  bytes: number
  /** Responses that were not 200. */
  errors: number
}

const percentile = (sorted: number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0

type LoadArgs = {
  /** The URLs to request, in turn (several item pages, so one cached page is not the whole story). */
  urls: string[]
  concurrency: number
  durationMs: number
}

/**
 * Closed-loop load: `concurrency` clients, each requesting the next URL as soon as the last answered, for
 * `durationMs`. Bodies are read to the end, as a browser would.
 */
export const runLoad = async ({ urls, concurrency, durationMs }: LoadArgs): Promise<LoadResult> => {
  const latencies: number[] = []
  let errors = 0
  let bytes = 0
  let next = 0
  const started = performance.now()
  const deadline = started + durationMs
  const client = async () => {
    while (performance.now() < deadline) {
      const url = urls[next++ % urls.length]!
      const begin = performance.now()
      const response = await fetch(url)
      const body = await response.arrayBuffer()
      latencies.push(performance.now() - begin)
      if (response.status !== 200) errors += 1
      if (bytes === 0) bytes = body.byteLength
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client))
  const elapsed = performance.now() - started
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    requests: latencies.length,
    requestsPerSecond: (latencies.length * 1000) / elapsed,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    bytes,
    errors,
  }
}
