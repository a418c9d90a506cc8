import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_items_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum_disclosure_items_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  CREATE TYPE "public"."enum__disclosure_items_v_version_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum__disclosure_items_v_version_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  CREATE TYPE "public"."enum_policies_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum_policies_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  CREATE TYPE "public"."enum__policies_v_version_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum__policies_v_version_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  CREATE TYPE "public"."enum_approval_services_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum_approval_services_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  CREATE TYPE "public"."enum__approval_services_v_version_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum__approval_services_v_version_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  CREATE TYPE "public"."enum_officials_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum_officials_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  CREATE TYPE "public"."enum__officials_v_version_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum__officials_v_version_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'workflowNotify';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'workflowScheduledPublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'workflowNotify';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'workflowScheduledPublish';
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"institution_id" integer,
  	"action" varchar NOT NULL,
  	"from_stage" varchar,
  	"to_stage" varchar,
  	"user_id" integer,
  	"user_email" varchar,
  	"role" varchar,
  	"comment" varchar,
  	"version" varchar,
  	"data" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_calendar_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "workflow_calendar_adjusted_workdays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "workflow_calendar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "disclosure_items" ADD COLUMN "workflow_stage" "enum_disclosure_items_workflow_stage" DEFAULT 'draft';
  ALTER TABLE "disclosure_items" ADD COLUMN "secrecy_decision" "enum_disclosure_items_secrecy_decision";
  ALTER TABLE "disclosure_items" ADD COLUMN "secrecy_legal_basis" varchar;
  ALTER TABLE "disclosure_items" ADD COLUMN "scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_disclosure_items_v" ADD COLUMN "version_workflow_stage" "enum__disclosure_items_v_version_workflow_stage" DEFAULT 'draft';
  ALTER TABLE "_disclosure_items_v" ADD COLUMN "version_secrecy_decision" "enum__disclosure_items_v_version_secrecy_decision";
  ALTER TABLE "_disclosure_items_v" ADD COLUMN "version_secrecy_legal_basis" varchar;
  ALTER TABLE "_disclosure_items_v" ADD COLUMN "version_scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "policies" ADD COLUMN "workflow_stage" "enum_policies_workflow_stage" DEFAULT 'draft';
  ALTER TABLE "policies" ADD COLUMN "secrecy_decision" "enum_policies_secrecy_decision";
  ALTER TABLE "policies" ADD COLUMN "secrecy_legal_basis" varchar;
  ALTER TABLE "policies" ADD COLUMN "scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_policies_v" ADD COLUMN "version_workflow_stage" "enum__policies_v_version_workflow_stage" DEFAULT 'draft';
  ALTER TABLE "_policies_v" ADD COLUMN "version_secrecy_decision" "enum__policies_v_version_secrecy_decision";
  ALTER TABLE "_policies_v" ADD COLUMN "version_secrecy_legal_basis" varchar;
  ALTER TABLE "_policies_v" ADD COLUMN "version_scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "approval_services" ADD COLUMN "workflow_stage" "enum_approval_services_workflow_stage" DEFAULT 'draft';
  ALTER TABLE "approval_services" ADD COLUMN "secrecy_decision" "enum_approval_services_secrecy_decision";
  ALTER TABLE "approval_services" ADD COLUMN "secrecy_legal_basis" varchar;
  ALTER TABLE "approval_services" ADD COLUMN "scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_approval_services_v" ADD COLUMN "version_workflow_stage" "enum__approval_services_v_version_workflow_stage" DEFAULT 'draft';
  ALTER TABLE "_approval_services_v" ADD COLUMN "version_secrecy_decision" "enum__approval_services_v_version_secrecy_decision";
  ALTER TABLE "_approval_services_v" ADD COLUMN "version_secrecy_legal_basis" varchar;
  ALTER TABLE "_approval_services_v" ADD COLUMN "version_scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "officials" ADD COLUMN "workflow_stage" "enum_officials_workflow_stage" DEFAULT 'draft';
  ALTER TABLE "officials" ADD COLUMN "secrecy_decision" "enum_officials_secrecy_decision";
  ALTER TABLE "officials" ADD COLUMN "secrecy_legal_basis" varchar;
  ALTER TABLE "officials" ADD COLUMN "scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_officials_v" ADD COLUMN "version_workflow_stage" "enum__officials_v_version_workflow_stage" DEFAULT 'draft';
  ALTER TABLE "_officials_v" ADD COLUMN "version_secrecy_decision" "enum__officials_v_version_secrecy_decision";
  ALTER TABLE "_officials_v" ADD COLUMN "version_secrecy_legal_basis" varchar;
  ALTER TABLE "_officials_v" ADD COLUMN "version_scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_events_id" integer;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_calendar_holidays" ADD CONSTRAINT "workflow_calendar_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflow_calendar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_calendar_adjusted_workdays" ADD CONSTRAINT "workflow_calendar_adjusted_workdays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflow_calendar"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "workflow_events_document_collection_idx" ON "workflow_events" USING btree ("document_collection");
  CREATE INDEX "workflow_events_document_id_idx" ON "workflow_events" USING btree ("document_id");
  CREATE INDEX "workflow_events_institution_idx" ON "workflow_events" USING btree ("institution_id");
  CREATE INDEX "workflow_events_user_idx" ON "workflow_events" USING btree ("user_id");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "workflow_calendar_holidays_order_idx" ON "workflow_calendar_holidays" USING btree ("_order");
  CREATE INDEX "workflow_calendar_holidays_parent_id_idx" ON "workflow_calendar_holidays" USING btree ("_parent_id");
  CREATE INDEX "workflow_calendar_adjusted_workdays_order_idx" ON "workflow_calendar_adjusted_workdays" USING btree ("_order");
  CREATE INDEX "workflow_calendar_adjusted_workdays_parent_id_idx" ON "workflow_calendar_adjusted_workdays" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "disclosure_items_workflow_stage_idx" ON "disclosure_items" USING btree ("workflow_stage");
  CREATE INDEX "_disclosure_items_v_version_version_workflow_stage_idx" ON "_disclosure_items_v" USING btree ("version_workflow_stage");
  CREATE INDEX "policies_workflow_stage_idx" ON "policies" USING btree ("workflow_stage");
  CREATE INDEX "_policies_v_version_version_workflow_stage_idx" ON "_policies_v" USING btree ("version_workflow_stage");
  CREATE INDEX "approval_services_workflow_stage_idx" ON "approval_services" USING btree ("workflow_stage");
  CREATE INDEX "_approval_services_v_version_version_workflow_stage_idx" ON "_approval_services_v" USING btree ("version_workflow_stage");
  CREATE INDEX "officials_workflow_stage_idx" ON "officials" USING btree ("workflow_stage");
  CREATE INDEX "_officials_v_version_version_workflow_stage_idx" ON "_officials_v" USING btree ("version_workflow_stage");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  -- What was published before the workflow existed counts as through it.
  UPDATE "disclosure_items" SET "workflow_stage" = 'published' WHERE "_status" = 'published';
  UPDATE "_disclosure_items_v" SET "version_workflow_stage" = 'published' WHERE "version__status" = 'published';
  UPDATE "policies" SET "workflow_stage" = 'published' WHERE "_status" = 'published';
  UPDATE "_policies_v" SET "version_workflow_stage" = 'published' WHERE "version__status" = 'published';
  UPDATE "approval_services" SET "workflow_stage" = 'published' WHERE "_status" = 'published';
  UPDATE "_approval_services_v" SET "version_workflow_stage" = 'published' WHERE "version__status" = 'published';
  UPDATE "officials" SET "workflow_stage" = 'published' WHERE "_status" = 'published';
  UPDATE "_officials_v" SET "version_workflow_stage" = 'published' WHERE "version__status" = 'published';
`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflow_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_calendar_holidays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_calendar_adjusted_workdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_calendar" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "workflow_calendar_holidays" CASCADE;
  DROP TABLE "workflow_calendar_adjusted_workdays" CASCADE;
  DROP TABLE "workflow_calendar" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_events_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'backfillIndexNumbers');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'backfillIndexNumbers');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "disclosure_items_workflow_stage_idx";
  DROP INDEX "_disclosure_items_v_version_version_workflow_stage_idx";
  DROP INDEX "policies_workflow_stage_idx";
  DROP INDEX "_policies_v_version_version_workflow_stage_idx";
  DROP INDEX "approval_services_workflow_stage_idx";
  DROP INDEX "_approval_services_v_version_version_workflow_stage_idx";
  DROP INDEX "officials_workflow_stage_idx";
  DROP INDEX "_officials_v_version_version_workflow_stage_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_events_id_idx";
  ALTER TABLE "disclosure_items" DROP COLUMN "workflow_stage";
  ALTER TABLE "disclosure_items" DROP COLUMN "secrecy_decision";
  ALTER TABLE "disclosure_items" DROP COLUMN "secrecy_legal_basis";
  ALTER TABLE "disclosure_items" DROP COLUMN "scheduled_publish_at";
  ALTER TABLE "_disclosure_items_v" DROP COLUMN "version_workflow_stage";
  ALTER TABLE "_disclosure_items_v" DROP COLUMN "version_secrecy_decision";
  ALTER TABLE "_disclosure_items_v" DROP COLUMN "version_secrecy_legal_basis";
  ALTER TABLE "_disclosure_items_v" DROP COLUMN "version_scheduled_publish_at";
  ALTER TABLE "policies" DROP COLUMN "workflow_stage";
  ALTER TABLE "policies" DROP COLUMN "secrecy_decision";
  ALTER TABLE "policies" DROP COLUMN "secrecy_legal_basis";
  ALTER TABLE "policies" DROP COLUMN "scheduled_publish_at";
  ALTER TABLE "_policies_v" DROP COLUMN "version_workflow_stage";
  ALTER TABLE "_policies_v" DROP COLUMN "version_secrecy_decision";
  ALTER TABLE "_policies_v" DROP COLUMN "version_secrecy_legal_basis";
  ALTER TABLE "_policies_v" DROP COLUMN "version_scheduled_publish_at";
  ALTER TABLE "approval_services" DROP COLUMN "workflow_stage";
  ALTER TABLE "approval_services" DROP COLUMN "secrecy_decision";
  ALTER TABLE "approval_services" DROP COLUMN "secrecy_legal_basis";
  ALTER TABLE "approval_services" DROP COLUMN "scheduled_publish_at";
  ALTER TABLE "_approval_services_v" DROP COLUMN "version_workflow_stage";
  ALTER TABLE "_approval_services_v" DROP COLUMN "version_secrecy_decision";
  ALTER TABLE "_approval_services_v" DROP COLUMN "version_secrecy_legal_basis";
  ALTER TABLE "_approval_services_v" DROP COLUMN "version_scheduled_publish_at";
  ALTER TABLE "officials" DROP COLUMN "workflow_stage";
  ALTER TABLE "officials" DROP COLUMN "secrecy_decision";
  ALTER TABLE "officials" DROP COLUMN "secrecy_legal_basis";
  ALTER TABLE "officials" DROP COLUMN "scheduled_publish_at";
  ALTER TABLE "_officials_v" DROP COLUMN "version_workflow_stage";
  ALTER TABLE "_officials_v" DROP COLUMN "version_secrecy_decision";
  ALTER TABLE "_officials_v" DROP COLUMN "version_secrecy_legal_basis";
  ALTER TABLE "_officials_v" DROP COLUMN "version_scheduled_publish_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_events_id";
  DROP TYPE "public"."enum_disclosure_items_workflow_stage";
  DROP TYPE "public"."enum_disclosure_items_secrecy_decision";
  DROP TYPE "public"."enum__disclosure_items_v_version_workflow_stage";
  DROP TYPE "public"."enum__disclosure_items_v_version_secrecy_decision";
  DROP TYPE "public"."enum_policies_workflow_stage";
  DROP TYPE "public"."enum_policies_secrecy_decision";
  DROP TYPE "public"."enum__policies_v_version_workflow_stage";
  DROP TYPE "public"."enum__policies_v_version_secrecy_decision";
  DROP TYPE "public"."enum_approval_services_workflow_stage";
  DROP TYPE "public"."enum_approval_services_secrecy_decision";
  DROP TYPE "public"."enum__approval_services_v_version_workflow_stage";
  DROP TYPE "public"."enum__approval_services_v_version_secrecy_decision";
  DROP TYPE "public"."enum_officials_workflow_stage";
  DROP TYPE "public"."enum_officials_secrecy_decision";
  DROP TYPE "public"."enum__officials_v_version_workflow_stage";
  DROP TYPE "public"."enum__officials_v_version_secrecy_decision";`)
}
