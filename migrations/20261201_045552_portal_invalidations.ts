import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

/**
 * The log of portal cache invalidations that every app instance applies (plugins/portal-publishing/
 * invalidations): written after each publishing commit and announced with NOTIFY; a listener that lost
 * its connection catches up from it by id. Not a Payload collection: nobody edits it, and the schema
 * snapshot does not need it (nothing in the config maps to it).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "portal_invalidations" (
  	"id" bigserial PRIMARY KEY NOT NULL,
  	"tags" jsonb NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE INDEX "portal_invalidations_created_at_idx" ON "portal_invalidations" USING btree ("created_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "portal_invalidations";`)
}
