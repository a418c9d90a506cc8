import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The audit log names the actor (`userName`, readable by everyone who reads the log); the e-mail is
 * now admin/self only. Existing records get the name of the account that acted, where it still exists.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflow_events" ADD COLUMN "user_name" varchar;
   UPDATE "workflow_events" e SET "user_name" = u."name" FROM "users" u WHERE e."user_id" = u."id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflow_events" DROP COLUMN "user_name";`)
}
