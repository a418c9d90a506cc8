import type { Payload } from 'payload'

import { onEveryStatement } from '../../bench/lib/queryCounter'

const textOf = (query: unknown): string =>
  typeof query === 'string'
    ? query
    : query && typeof query === 'object' && 'text' in query
      ? String((query as { text: unknown }).text)
      : ''

/**
 * Records the SQL this process's Payload sends while `work` runs (every pooled connection's `query`,
 * wrapped the first time it is checked out), to assert what a request does in the database.
 */
export const statementRecorder = (payload: Payload) => {
  let recording: string[] | null = null
  onEveryStatement(payload, (query) => recording?.push(textOf(query)))
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
export const documentLocksIn = (statements: string[]) =>
  statements.filter((statement) => /pg_(try_)?advisory_xact_lock/.test(statement))
