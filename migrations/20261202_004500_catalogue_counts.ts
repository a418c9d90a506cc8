import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

/**
 * The counts beside the catalogue's browse links (plugins/portal-publishing/facets/catalogueCounts.ts), kept by the
 * database instead of counted per request: a `GROUP BY` of every public row took ~1.4 s at 1M items.
 *
 * - `catalogue_count_deltas`: insert-only. Statement triggers on `disclosure_items` add, in the writing
 *   transaction, +1/-1 per facet value a statement moved into or out of the public catalogue (published
 *   and 主动公开). Concurrent publishes insert separate rows, so none waits on another's count row.
 * - `catalogue_counts`: the totals, folded from the deltas by `foldCatalogueCounts` under an advisory lock.
 * - A reader sums both in one statement (one snapshot), so a count is right whether or not it was folded.
 *
 * Triggers, not the portal plugin's hooks: they see every write to the table, the generator's bulk
 * inserts, a delete, and the `SET NULL` an institution's or category's delete makes, which no hook sees.
 * Statement-level with transition tables, so a bulk insert of 2,000 rows adds one grouped insert, and an
 * update that moves no facet (most saves) inserts nothing. Years are those of `date_made` at UTC+8
 * (TIME_ZONE_OFFSET_HOURS in src/app/(portal)/_data/dates.ts). Not Payload collections: nobody edits them.
 */
const facetsOf = (rows: string, sign: string) => `
  select f.facet, f.key, ${sign} as delta
  from ${rows} r
  cross join lateral (values
    ('total', 0),
    ('institution', r.institution_id),
    ('theme', r.theme_id),
    ('genre', r.genre_id),
    ('year', extract(year from (r.date_made at time zone 'UTC') + interval '8 hours')::int)
  ) as f(facet, key)
  where r._status = 'published' and r.disclosure_method = 'proactive' and f.key is not null`

const recordDeltas = (changed: string) => `
      insert into catalogue_count_deltas (facet, key, delta)
      select facet, key, sum(delta) from (${changed}) as changed
      group by facet, key having sum(delta) <> 0;`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  CREATE TABLE "catalogue_counts" (
    "facet" text NOT NULL,
    "key" integer NOT NULL,
    "count" bigint NOT NULL,
    PRIMARY KEY ("facet", "key")
  );
  CREATE TABLE "catalogue_count_deltas" (
    "facet" text NOT NULL,
    "key" integer NOT NULL,
    "delta" integer NOT NULL
  );

  CREATE FUNCTION catalogue_count_deltas_record() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      ${recordDeltas(facetsOf('new_rows', '1'))}
    ELSIF TG_OP = 'UPDATE' THEN
      ${recordDeltas(`${facetsOf('new_rows', '1')} union all ${facetsOf('old_rows', '-1')}`)}
    ELSIF TG_OP = 'DELETE' THEN
      ${recordDeltas(facetsOf('old_rows', '-1'))}
    END IF;
    RETURN NULL;
  END $$;

  CREATE FUNCTION catalogue_counts_reset() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM catalogue_count_deltas;
    DELETE FROM catalogue_counts;
    RETURN NULL;
  END $$;

  CREATE TRIGGER catalogue_counts_on_insert AFTER INSERT ON disclosure_items
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_count_deltas_record();
  CREATE TRIGGER catalogue_counts_on_update AFTER UPDATE ON disclosure_items
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_count_deltas_record();
  CREATE TRIGGER catalogue_counts_on_delete AFTER DELETE ON disclosure_items
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_count_deltas_record();
  CREATE TRIGGER catalogue_counts_on_truncate AFTER TRUNCATE ON disclosure_items
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_counts_reset();

  INSERT INTO catalogue_counts (facet, key, count)
  SELECT facet, key, sum(delta) FROM (${facetsOf('disclosure_items', '1')}) AS existing
  GROUP BY facet, key;
  `),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS catalogue_counts_on_insert ON disclosure_items;
  DROP TRIGGER IF EXISTS catalogue_counts_on_update ON disclosure_items;
  DROP TRIGGER IF EXISTS catalogue_counts_on_delete ON disclosure_items;
  DROP TRIGGER IF EXISTS catalogue_counts_on_truncate ON disclosure_items;
  DROP FUNCTION IF EXISTS catalogue_count_deltas_record();
  DROP FUNCTION IF EXISTS catalogue_counts_reset();
  DROP TABLE IF EXISTS catalogue_count_deltas;
  DROP TABLE IF EXISTS catalogue_counts;`)
}
