import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * For `GET /api/portal/facets` (plugins/portal-publishing/facets/facetCounts.ts): the public rows by validity,
 * which the kept counts of 20261202_004500_catalogue_counts do not hold. The unfiltered validity counts become
 * an index-only scan of the public range instead of a read of the table.
 *
 * EXPLAIN ANALYZE at 150,000 items (130,000 public; 30 institutions, 20 themes, 12 genres, 30 years), committed
 * and vacuumed, whole statement: no filter 18 ms (validity 8 ms of it, a parallel seq scan of 31 ms without
 * this index); theme 26 ms, year 9 ms, institution 22 ms, theme+year 29 ms, institution+theme 37 ms, all five
 * 12 ms, all from the existing per-column public indexes; validity=expired 70 ms, theme+validity=valid 126 ms
 * (the worst: the theme counts among the 57 % of documents in force group 74,000 rows).
 * Tried and dropped: the same index with INCLUDE (date_made, institution_id, theme_id, genre_id): the planner
 * then index-only scanned the whole public range for a theme filter (82 ms) instead of the theme index.
 * Written here, not as a collection index: Payload would copy it onto the versions table.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`CREATE INDEX IF NOT EXISTS "disclosure_items_public_validity_facets_idx" ON "disclosure_items"
      USING btree (_status, disclosure_method, validity);
    ANALYZE "disclosure_items";`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`DROP INDEX IF EXISTS "disclosure_items_public_validity_facets_idx";`))
}
