import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_workflow_events_on_behalf_of" AS ENUM('admin', 'disclosure-office', 'signer', 'secrecy-reviewer', 'reviewer', 'editor', 'bulletin-editor');
  ALTER TABLE "workflow_events" ADD COLUMN "on_behalf_of" "enum_workflow_events_on_behalf_of";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflow_events" DROP COLUMN "on_behalf_of";
  DROP TYPE "public"."enum_workflow_events_on_behalf_of";`)
}
