import type { Payload } from 'payload'

type Client = { query: (...args: unknown[]) => unknown }
type Pool = { on: (event: 'acquire', listener: (client: Client) => void) => void }

/**
 * Counts the SQL statements Payload sends (BEGIN and COMMIT included), by wrapping each pooled
 * connection's `query` the first time it is checked out. Uses the adapter's own pool, whatever copy of
 * `pg` it was built with. The cost, one increment per statement, is far below measurement noise.
 */
export const countQueries = (payload: Payload): { read: () => number } => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('the database adapter has no pg pool to count queries on')
  let count = 0
  const wrapped = new WeakSet<Client>()
  pool.on('acquire', (client) => {
    if (wrapped.has(client)) return
    wrapped.add(client)
    const query = client.query.bind(client)
    client.query = (...args) => {
      count += 1
      return query(...args)
    }
  })
  return { read: () => count }
}
