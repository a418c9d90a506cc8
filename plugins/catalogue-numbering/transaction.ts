import type { PayloadRequest } from 'payload'

import type { sql } from '@payloadcms/db-postgres'

export type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }> }
type DrizzleAdapter = { drizzle: Executor; sessions?: Record<string, { db: Executor }> }

/**
 * The connection of the request's open transaction (the one the publish runs in), so what the plugin
 * writes and locks there commits or rolls back together with the document.
 */
export const transactionOf = async (req: PayloadRequest): Promise<Executor> => {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const id = await req.transactionID
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}
