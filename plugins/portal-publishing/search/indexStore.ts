import { sql } from '@payloadcms/db-postgres'

import type { Executor } from '../../../src/lib/platform/database/transaction'
import type { IndexRow } from './indexRow'

/** A document's index row as it was before a write: it was on the portal, listed under this institution. */
export type PreviousIndexRow = { institution: null | number }

/**
 * Inserts or replaces a document's row; one statement, so two publishes of one document cannot both
 * insert. Answers the row it replaced (null when the document was not on the portal): a publish and an
 * update are told apart without a read before the write.
 */
export const upsertIndexRow = async (db: Executor, row: IndexRow): Promise<null | PreviousIndexRow> => {
  const { rows } = await db.execute(sql`
    with previous as (
      select institution from search_index where doc_collection = ${row.docCollection} and doc_id = ${row.docId}
    )
    insert into search_index (
      doc_collection, doc_id, title, url, document_number, index_number, document_number_key, index_number_key,
      institution, theme, genre, validity, year, date, summary, body_text, lexemes_title, lexemes_meta, lexemes_body,
      updated_at, created_at
    ) values (
      ${row.docCollection}, ${row.docId}, ${row.title}, ${row.url}, ${row.documentNumber}, ${row.indexNumber},
      ${row.documentNumberKey}, ${row.indexNumberKey}, ${row.institution}, ${row.theme}, ${row.genre}, ${row.validity},
      ${row.year}, ${row.date}, ${row.summary}, ${row.bodyText}, ${row.lexemesTitle}, ${row.lexemesMeta}, ${row.lexemesBody},
      now(), now()
    )
    on conflict (doc_collection, doc_id) do update set
      title = excluded.title, url = excluded.url, document_number = excluded.document_number,
      index_number = excluded.index_number, document_number_key = excluded.document_number_key,
      index_number_key = excluded.index_number_key, institution = excluded.institution, theme = excluded.theme,
      genre = excluded.genre, validity = excluded.validity, year = excluded.year, date = excluded.date,
      summary = excluded.summary, body_text = excluded.body_text, lexemes_title = excluded.lexemes_title,
      lexemes_meta = excluded.lexemes_meta, lexemes_body = excluded.lexemes_body, updated_at = now()
    returning exists (select from previous) as "wasIndexed", (select institution from previous) as "institution"
  `)
  const written = rows[0] as { wasIndexed: boolean; institution: null | number }
  return written.wasIndexed ? { institution: written.institution } : null
}

/** Takes a document off the portal's index; answers the row it removed, null when there was none. */
export const deleteIndexRow = async (
  db: Executor,
  collection: string,
  id: number | string,
): Promise<null | PreviousIndexRow> => {
  const { rows } = await db.execute(
    sql`delete from search_index where doc_collection = ${collection} and doc_id = ${String(id)} returning institution`,
  )
  return (rows[0] as PreviousIndexRow | undefined) ?? null
}
