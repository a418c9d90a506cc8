import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { adapterOf } from './adapter'

/** Something a drizzle `sql` template takes: a table or a column. */
type Chunk = Parameters<typeof sql>[1]
/** A drizzle column; `name` is its name in PostgreSQL. */
export type Column = Chunk & { name: string }
export type Table = Chunk & Record<string, Column>

/**
 * The drizzle table behind a collection or global, for the few statements on a hot path that a plugin
 * writes itself (one lean query instead of a Local API call with its hooks and re-reads). Columns come
 * from the table object, so the SQL follows Payload's own naming.
 */
export const tableOf = (req: Pick<PayloadRequest, 'payload'>, slug: string): Table => {
  const adapter = adapterOf(req.payload)
  const name = adapter.tableNameMap.get(slug.replace(/-/g, '_'))
  const table: unknown = name === undefined ? undefined : adapter.tables[name]
  if (!table) throw new Error(`no database table for the collection or global "${slug}"`)
  return table as Table
}

/** The drizzle table of a collection's versions (`_<collection>_v` by default, the adapter's suffix). */
export const versionsTableOf = (req: Pick<PayloadRequest, 'payload'>, slug: string): Table =>
  tableOf(req, `_${slug}${adapterOf(req.payload).versionsSuffix ?? '_v'}`)

/** The drizzle table of a collection's relationships and uploads (`<table>_rels`: parent, path, one column per target). */
export const relationsTableOf = (req: Pick<PayloadRequest, 'payload'>, slug: string): Table => {
  const adapter = adapterOf(req.payload)
  const name = adapter.tableNameMap.get(slug.replace(/-/g, '_'))
  const table: unknown =
    name === undefined ? undefined : adapter.tables[`${name}${adapter.relationshipsSuffix ?? '_rels'}`]
  if (!table) throw new Error(`no relationships table for the collection "${slug}"`)
  return table as Table
}

/**
 * The drizzle table of a collection's or global's array field (`<table>_<field in snake case>`: one row per item,
 * with `_parent_id` and `_order`), such as the working calendar's holidays.
 */
export const arrayTableOf = (req: Pick<PayloadRequest, 'payload'>, slug: string, field: string): Table => {
  const adapter = adapterOf(req.payload)
  const owner = adapter.tableNameMap.get(slug.replace(/-/g, '_'))
  const name = `${owner}_${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`
  const table: unknown = owner === undefined ? undefined : adapter.tables[name]
  if (!table) throw new Error(`no array table for the field "${field}" of "${slug}" (${name})`)
  return table as Table
}

/** A timestamp column as ISO 8601 text, whatever type parsers the connection has (statements a plugin writes). */
export const isoText = (column: Column) => sql`(to_json(${column}) #>> '{}')`
