import autocannon from 'autocannon'

export type Request = { path: string; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> }

export type LoadResult = {
  requestsPerSecond: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  /** Responses that were not 2xx, and connection errors and timeouts. */
  errors: number
  /** Bytes of a response, on average. */
  bytes: number
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0

/**
 * Closed-loop load with autocannon: `connections` keep-alive connections, each sending the requests in
 * turn as soon as the last answered, for `seconds`. Latencies are kept per response, so p95 is exact.
 */
export const runAutocannon = async ({
  origin,
  requests,
  connections,
  seconds,
}: {
  origin: string
  requests: Request[]
  connections: number
  seconds: number
}): Promise<LoadResult> => {
  const latencies: number[] = []
  let bytes = 0
  const options: autocannon.Options = {
    url: origin,
    connections,
    duration: seconds,
    timeout: 30,
    requests: requests.map((request) => ({
      method: request.method ?? 'GET',
      path: request.path,
      body: request.body,
      headers: { ...(request.body ? { 'content-type': 'application/json' } : {}), ...request.headers },
    })),
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (err, finished) => (err ? reject(err) : resolve(finished)))
    instance.on('response', (_client, _status, responseBytes, responseTime) => {
      latencies.push(responseTime)
      bytes += responseBytes
    })
  })
  const sorted = latencies.sort((a, b) => a - b)
  return {
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    errors: result.non2xx + result.errors + result.timeouts,
    bytes: latencies.length ? bytes / latencies.length : 0,
  }
}
