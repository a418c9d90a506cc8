import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'disclosureRequestReminders';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'disclosureRequestReminderEmail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'disclosureRequestReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'disclosureRequestReminderEmail';
  CREATE TABLE "disclosure_requests_reminders_sent" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"days_before" numeric NOT NULL,
  	"due_on" timestamp(3) with time zone NOT NULL,
  	"queued_at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "disclosure_requests" ADD COLUMN "due_on" timestamp(3) with time zone;
  ALTER TABLE "disclosure_requests_reminders_sent" ADD CONSTRAINT "disclosure_requests_reminders_sent_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "disclosure_requests_reminders_sent_order_idx" ON "disclosure_requests_reminders_sent" USING btree ("_order");
  CREATE INDEX "disclosure_requests_reminders_sent_parent_id_idx" ON "disclosure_requests_reminders_sent" USING btree ("_parent_id");
  CREATE INDEX "disclosure_requests_due_on_idx" ON "disclosure_requests" USING btree ("due_on");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosure_requests_reminders_sent" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "disclosure_requests_reminders_sent" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'contentSecurityRescan', 'backfillIndexNumbers', 'exportBulletinIssue', 'workflowNotify', 'workflowScheduledPublish', 'deliverWebhook', 'rebuildSearchIndex');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'contentSecurityRescan', 'backfillIndexNumbers', 'exportBulletinIssue', 'workflowNotify', 'workflowScheduledPublish', 'deliverWebhook', 'rebuildSearchIndex');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "disclosure_requests_due_on_idx";
  ALTER TABLE "disclosure_requests" DROP COLUMN "due_on";`)
}
