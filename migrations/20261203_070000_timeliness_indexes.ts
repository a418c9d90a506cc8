import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * For the timeliness report and dashboard (plugins/timeliness/report) at 100,000s of documents:
 * - each institution's newest publication before a day (the stale-column check walks
 *   (institution, published on) backwards and stops at the first row of the column's kind);
 * - the period's late publications, the only ones the report reads as rows (a small partial index: late
 *   items are a few percent of a catalogue).
 * The period's counts by institution and month use the `publication_published_on` index the field declares.
 */
const indexes = [
  ['disclosure_items_institution_published_on_idx', 'disclosure_items', 'institution_id, publication_published_on', ''],
  ['policies_issuer_published_on_idx', 'policies', 'issuer_id, publication_published_on', ''],
  ['approval_services_institution_published_on_idx', 'approval_services', 'institution_id, publication_published_on', ''],
  ['disclosure_items_late_published_on_idx', 'disclosure_items', 'publication_published_on', 'publication_is_late = true'],
  ['policies_late_published_on_idx', 'policies', 'publication_published_on', 'publication_is_late = true'],
  ['approval_services_late_published_on_idx', 'approval_services', 'publication_published_on', 'publication_is_late = true'],
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [name, table, columns, where] of indexes) {
    await db.execute(
      sql.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" USING btree (${columns})${where ? ` WHERE ${where}` : ''};`),
    )
  }
  for (const table of new Set(indexes.map(([, table]) => table))) await db.execute(sql.raw(`ANALYZE "${table}";`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [name] of indexes) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${name}";`))
}
