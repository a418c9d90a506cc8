import { sql } from '@payloadcms/db-postgres'

import type { Executor } from '../../../src/lib/platform/database/transaction'
import type { IndexRow } from './indexRow'

/** The index row of a document, if it is on the portal now. */
export const findIndexRow = async (db: Executor, collection: string, id: number | string) => {
  const { rows } = await db.execute(
    sql`select id, institution from search_index where doc_collection = ${collection} and doc_id = ${String(id)} limit 1`,
  )
  return (rows[0] as { id: number; institution: null | number } | undefined) ?? null
}

/** Inserts or replaces a document's row; one statement, so two publishes of one document cannot both insert. */
export const upsertIndexRow = async (db: Executor, row: IndexRow) => {
  await db.execute(sql`
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
  `)
}

export const deleteIndexRow = async (db: Executor, collection: string, id: number | string) => {
  await db.execute(sql`delete from search_index where doc_collection = ${collection} and doc_id = ${String(id)}`)
}
