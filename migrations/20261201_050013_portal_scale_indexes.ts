import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes chosen from EXPLAIN ANALYZE of the portal's, the REST API's and the admin list's statements at
 * 200,000 items (README, "Indexes"). Each public one leads with a filter (or none), then the public
 * condition (`_status`, `disclosure_method`), then the sort column: the page is read in order from the
 * index and its `count(*)` (every Payload `find` runs one) is an index-only scan. The versions tables get
 * what the admin list (`latest` sorted by the default sort, its counts with the editor's access filter)
 * and a document's own versions ask for: Payload reads its draft, lists its versions and, on every save,
 * clears `latest` on the older ones, each by `parent_id` and `updated_at` (never by `latest` alone).
 *
 * Written here, not as collection `indexes`: Payload copies every compound index of a collection onto its
 * versions table, where no query uses them, and cannot declare indexes of the versions tables at all.
 */
const indexes = [
  ['disclosure_items_theme_public_date_idx', 'disclosure_items', 'theme_id, _status, disclosure_method, date_made'],
  ['disclosure_items_institution_public_date_idx', 'disclosure_items', 'institution_id, _status, disclosure_method, date_made'],
  ['disclosure_items_genre_public_date_idx', 'disclosure_items', 'genre_id, _status, disclosure_method, date_made'],
  ['disclosure_items_public_date_facets_idx', 'disclosure_items', '_status, disclosure_method, date_made, institution_id, theme_id, genre_id'],
  ['_disclosure_items_v_latest_date_idx', '_disclosure_items_v', 'latest, version_date_made, version__status, version_disclosure_method, version_institution_id'],
  ['_disclosure_items_v_parent_updated_idx', '_disclosure_items_v', 'parent_id, updated_at'],
  ['policies_public_date_idx', 'policies', '_status, disclosure_method, date_published, issuer_id, level, validity'],
  ['policies_issuer_public_date_idx', 'policies', 'issuer_id, _status, disclosure_method, date_published'],
  ['policies_level_public_date_idx', 'policies', 'level, _status, disclosure_method, date_published'],
  ['_policies_v_latest_date_idx', '_policies_v', 'latest, version_date_published, version__status, version_disclosure_method, version_issuer_id'],
  ['_policies_v_parent_updated_idx', '_policies_v', 'parent_id, updated_at'],
  ['approval_services_public_updated_idx', 'approval_services', '_status, disclosure_method, updated_at, institution_id, service_type'],
  ['approval_services_institution_public_updated_idx', 'approval_services', 'institution_id, _status, disclosure_method, updated_at'],
  ['_approval_services_v_latest_created_idx', '_approval_services_v', 'latest, version_created_at, version__status, version_disclosure_method, version_institution_id'],
  ['_approval_services_v_parent_updated_idx', '_approval_services_v', 'parent_id, updated_at'],
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [name, table, columns] of indexes) {
    await db.execute(sql.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" USING btree (${columns});`))
  }
  for (const table of new Set(indexes.map(([, table]) => table))) await db.execute(sql.raw(`ANALYZE "${table}";`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [name] of indexes) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${name}";`))
}
