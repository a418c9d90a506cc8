import type { PayloadRequest } from 'payload'

import type { sql } from '@payloadcms/db-postgres'

/** Something a drizzle `sql` template takes: a table or a column. */
type Chunk = Parameters<typeof sql>[1]
/** A drizzle column; `name` is its name in PostgreSQL. */
export type Column = Chunk & { name: string }
export type Table = Chunk & Record<string, Column>

type DrizzleTables = { tables: Record<string, Table>; tableNameMap: Map<string, string> }

/**
 * The drizzle table behind a collection or global, for the few statements on the publishing hot path
 * that the plugin writes itself (one lean query instead of a Local API call with its hooks and
 * re-reads). Columns come from the table object, so the SQL follows Payload's own naming.
 */
export const tableOf = (req: PayloadRequest, slug: string): Table => {
  const adapter = req.payload.db as unknown as DrizzleTables
  const name = adapter.tableNameMap.get(slug.replace(/-/g, '_'))
  const table = name === undefined ? undefined : adapter.tables[name]
  if (!table) throw new Error(`catalogue numbering: no database table for "${slug}"`)
  return table
}
