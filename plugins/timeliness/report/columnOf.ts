import type { PayloadRequest } from 'payload'

import { type Column, tableOf } from '../../../src/lib/platform/database/tables'

/**
 * A column of a catalogue collection's table by its field's key in Payload's schema (a group's field is
 * `<group>_<field>`, a relationship its own name), or an error naming what the options got wrong: the report's
 * SQL follows Payload's naming instead of spelling column names.
 */
export const columnOf = (req: PayloadRequest, slug: string, field: string): Column => {
  const column = tableOf(req, slug)[field]
  if (!column) throw new Error(`timeliness: the collection "${slug}" has no column for the field "${field}"`)
  return column
}
