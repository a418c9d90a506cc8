import type { Payload } from 'payload'

type Client = { query: (...args: unknown[]) => unknown }
type Pool = { on: (event: 'acquire', listener: (client: Client) => void) => void }

/**
 * Calls `listener` with every SQL statement Payload sends (BEGIN and COMMIT included), by wrapping each
 * pooled connection's `query` the first time it is checked out. Uses the adapter's own pool, whatever copy
 * of `pg` it was built with. The cost, one call per statement, is far below measurement noise. Shared by
 * the benchmarks (counts) and the tests (which statements a request sends).
 */
export const onEveryStatement = (payload: Payload, listener: (query: unknown) => void): void => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('the database adapter has no pg pool to watch statements on')
  const wrapped = new WeakSet<Client>()
  pool.on('acquire', (client) => {
    if (wrapped.has(client)) return
    wrapped.add(client)
    const query = client.query.bind(client)
    client.query = (...args) => {
      listener(args[0])
      return query(...args)
    }
  })
}

/** Counts the statements Payload sends from now on. */
export const countQueries = (payload: Payload): { read: () => number } => {
  let count = 0
  onEveryStatement(payload, () => {
    count += 1
  })
  return { read: () => count }
}
