import type { Payload } from 'payload'

type Client = { query: (...args: unknown[]) => unknown }
type Pool = { on: (event: 'acquire', listener: (client: Client) => void) => void }

const textOf = (query: unknown): string =>
  typeof query === 'string' ? query : query && typeof query === 'object' && 'text' in query ? String((query as { text: unknown }).text) : ''

/**
 * Records the SQL this process's Payload sends while `work` runs (every pooled connection's `query`,
 * wrapped the first time it is checked out), to assert what a request does in the database.
 */
export const statementRecorder = (payload: Payload) => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('the database adapter has no pg pool to record statements on')
  let recording: string[] | null = null
  const wrapped = new WeakSet<Client>()
  pool.on('acquire', (client) => {
    if (wrapped.has(client)) return
    wrapped.add(client)
    const query = client.query.bind(client)
    client.query = (...args) => {
      recording?.push(textOf(args[0]))
      return query(...args)
    }
  })
  return async <T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> => {
    const statements: string[] = []
    recording = statements
    try {
      return { result: await work(), statements }
    } finally {
      recording = null
    }
  }
}

/** Statements that take an advisory (document) lock. */
export const documentLocksIn = (statements: string[]) => statements.filter((statement) => /pg_(try_)?advisory_xact_lock/.test(statement))
