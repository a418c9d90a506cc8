import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_catalogue_numbers_status" AS ENUM('assigned', 'voided');
  CREATE TYPE "public"."enum_catalogue_numbers_source" AS ENUM('issued', 'imported', 'backfilled');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'backfillIndexNumbers');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'backfillIndexNumbers');
  CREATE TYPE "public"."enum_catalogue_numbering_settings_backfill_status" AS ENUM('idle', 'queued', 'running', 'done', 'failed');
  CREATE TABLE "catalogue_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"last_serial" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "catalogue_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"index_number" varchar NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"status" "enum_catalogue_numbers_status" DEFAULT 'assigned' NOT NULL,
  	"source" "enum_catalogue_numbers_source" DEFAULT 'issued',
  	"assigned_at" timestamp(3) with time zone NOT NULL,
  	"voided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "catalogue_numbering_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"default_pattern" varchar DEFAULT '{creditCode}/{yyyy}-{serial:5}',
  	"backfill_status" "enum_catalogue_numbering_settings_backfill_status" DEFAULT 'idle',
  	"backfill_done" numeric DEFAULT 0,
  	"backfill_total" numeric DEFAULT 0,
  	"backfill_finished_at" timestamp(3) with time zone,
  	"backfill_error" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "disclosure_items" ADD COLUMN "index_number" varchar;
  ALTER TABLE "_disclosure_items_v" ADD COLUMN "version_index_number" varchar;
  ALTER TABLE "policies" ADD COLUMN "index_number" varchar;
  ALTER TABLE "_policies_v" ADD COLUMN "version_index_number" varchar;
  ALTER TABLE "approval_services" ADD COLUMN "index_number" varchar;
  ALTER TABLE "_approval_services_v" ADD COLUMN "version_index_number" varchar;
  ALTER TABLE "institutions" ADD COLUMN "index_number_pattern" varchar;
  ALTER TABLE "_institutions_v" ADD COLUMN "version_index_number_pattern" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "catalogue_counters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "catalogue_numbers_id" integer;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "catalogue_counters_key_idx" ON "catalogue_counters" USING btree ("key");
  CREATE INDEX "catalogue_counters_updated_at_idx" ON "catalogue_counters" USING btree ("updated_at");
  CREATE INDEX "catalogue_counters_created_at_idx" ON "catalogue_counters" USING btree ("created_at");
  CREATE UNIQUE INDEX "catalogue_numbers_index_number_idx" ON "catalogue_numbers" USING btree ("index_number");
  CREATE INDEX "catalogue_numbers_collection_slug_idx" ON "catalogue_numbers" USING btree ("collection_slug");
  CREATE INDEX "catalogue_numbers_document_id_idx" ON "catalogue_numbers" USING btree ("document_id");
  CREATE INDEX "catalogue_numbers_updated_at_idx" ON "catalogue_numbers" USING btree ("updated_at");
  CREATE INDEX "catalogue_numbers_created_at_idx" ON "catalogue_numbers" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_catalogue_counters_fk" FOREIGN KEY ("catalogue_counters_id") REFERENCES "public"."catalogue_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_catalogue_numbers_fk" FOREIGN KEY ("catalogue_numbers_id") REFERENCES "public"."catalogue_numbers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "disclosure_items_index_number_idx" ON "disclosure_items" USING btree ("index_number");
  CREATE INDEX "_disclosure_items_v_version_version_index_number_idx" ON "_disclosure_items_v" USING btree ("version_index_number");
  CREATE UNIQUE INDEX "policies_index_number_idx" ON "policies" USING btree ("index_number");
  CREATE INDEX "_policies_v_version_version_index_number_idx" ON "_policies_v" USING btree ("version_index_number");
  CREATE UNIQUE INDEX "approval_services_index_number_idx" ON "approval_services" USING btree ("index_number");
  CREATE INDEX "_approval_services_v_version_version_index_number_idx" ON "_approval_services_v" USING btree ("version_index_number");
  CREATE INDEX "payload_locked_documents_rels_catalogue_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("catalogue_counters_id");
  CREATE INDEX "payload_locked_documents_rels_catalogue_numbers_id_idx" ON "payload_locked_documents_rels" USING btree ("catalogue_numbers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "catalogue_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "catalogue_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "catalogue_numbering_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "catalogue_counters" CASCADE;
  DROP TABLE "catalogue_numbers" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "catalogue_numbering_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_catalogue_counters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_catalogue_numbers_fk";
  
  DROP INDEX "disclosure_items_index_number_idx";
  DROP INDEX "_disclosure_items_v_version_version_index_number_idx";
  DROP INDEX "policies_index_number_idx";
  DROP INDEX "_policies_v_version_version_index_number_idx";
  DROP INDEX "approval_services_index_number_idx";
  DROP INDEX "_approval_services_v_version_version_index_number_idx";
  DROP INDEX "payload_locked_documents_rels_catalogue_counters_id_idx";
  DROP INDEX "payload_locked_documents_rels_catalogue_numbers_id_idx";
  ALTER TABLE "disclosure_items" DROP COLUMN "index_number";
  ALTER TABLE "_disclosure_items_v" DROP COLUMN "version_index_number";
  ALTER TABLE "policies" DROP COLUMN "index_number";
  ALTER TABLE "_policies_v" DROP COLUMN "version_index_number";
  ALTER TABLE "approval_services" DROP COLUMN "index_number";
  ALTER TABLE "_approval_services_v" DROP COLUMN "version_index_number";
  ALTER TABLE "institutions" DROP COLUMN "index_number_pattern";
  ALTER TABLE "_institutions_v" DROP COLUMN "version_index_number_pattern";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "catalogue_counters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "catalogue_numbers_id";
  DROP TYPE "public"."enum_catalogue_numbers_status";
  DROP TYPE "public"."enum_catalogue_numbers_source";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_catalogue_numbering_settings_backfill_status";`)
}
