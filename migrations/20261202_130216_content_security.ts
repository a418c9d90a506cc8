import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sensitive_words_severity" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_sensitive_words_category" AS ENUM('gambling', 'pornography', 'fraud', 'other');
  CREATE TYPE "public"."enum_content_findings_check" AS ENUM('sensitiveWord', 'placeName', 'outboundLink', 'personalData');
  CREATE TYPE "public"."enum_content_findings_severity" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_content_findings_status" AS ENUM('open', 'accepted', 'resolved');
  CREATE TYPE "public"."enum_content_findings_source" AS ENUM('save', 'publish', 'rescan');
  CREATE TYPE "public"."enum_content_security_scans_trigger" AS ENUM('wordList', 'nightly', 'manual');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'contentSecurityRescan' BEFORE 'backfillIndexNumbers';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'contentSecurityRescan' BEFORE 'backfillIndexNumbers';
  CREATE TABLE "sensitive_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"severity" "enum_sensitive_words_severity" DEFAULT 'block' NOT NULL,
  	"category" "enum_sensitive_words_category" DEFAULT 'other' NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "content_findings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"institution_id" integer,
  	"check" "enum_content_findings_check" NOT NULL,
  	"severity" "enum_content_findings_severity" NOT NULL,
  	"field" varchar NOT NULL,
  	"match" varchar NOT NULL,
  	"context" varchar,
  	"fingerprint" varchar NOT NULL,
  	"message" varchar,
  	"status" "enum_content_findings_status" DEFAULT 'open' NOT NULL,
  	"accepted_by_id" integer,
  	"accepted_at" timestamp(3) with time zone,
  	"reason" varchar,
  	"first_seen" timestamp(3) with time zone NOT NULL,
  	"last_seen" timestamp(3) with time zone NOT NULL,
  	"source" "enum_content_findings_source" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "content_security_scans_blocked" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"title" varchar,
  	"matches" varchar
  );
  
  CREATE TABLE "content_security_scans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"trigger" "enum_content_security_scans_trigger" NOT NULL,
  	"documents_scanned" numeric NOT NULL,
  	"findings_by_check" jsonb,
  	"blocked_count" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sensitive_words_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "content_findings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "content_security_scans_id" integer;
  ALTER TABLE "content_findings" ADD CONSTRAINT "content_findings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_findings" ADD CONSTRAINT "content_findings_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_security_scans_blocked" ADD CONSTRAINT "content_security_scans_blocked_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_security_scans"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "sensitive_words_term_idx" ON "sensitive_words" USING btree ("term");
  CREATE INDEX "sensitive_words_updated_at_idx" ON "sensitive_words" USING btree ("updated_at");
  CREATE INDEX "sensitive_words_created_at_idx" ON "sensitive_words" USING btree ("created_at");
  CREATE INDEX "content_findings_document_id_idx" ON "content_findings" USING btree ("document_id");
  CREATE INDEX "content_findings_institution_idx" ON "content_findings" USING btree ("institution_id");
  CREATE INDEX "content_findings_status_idx" ON "content_findings" USING btree ("status");
  CREATE INDEX "content_findings_accepted_by_idx" ON "content_findings" USING btree ("accepted_by_id");
  CREATE INDEX "content_findings_updated_at_idx" ON "content_findings" USING btree ("updated_at");
  CREATE INDEX "content_findings_created_at_idx" ON "content_findings" USING btree ("created_at");
  CREATE UNIQUE INDEX "documentCollection_documentId_fingerprint_idx" ON "content_findings" USING btree ("document_collection","document_id","fingerprint");
  CREATE INDEX "content_security_scans_blocked_order_idx" ON "content_security_scans_blocked" USING btree ("_order");
  CREATE INDEX "content_security_scans_blocked_parent_id_idx" ON "content_security_scans_blocked" USING btree ("_parent_id");
  CREATE INDEX "content_security_scans_updated_at_idx" ON "content_security_scans" USING btree ("updated_at");
  CREATE INDEX "content_security_scans_created_at_idx" ON "content_security_scans" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sensitive_words_fk" FOREIGN KEY ("sensitive_words_id") REFERENCES "public"."sensitive_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_findings_fk" FOREIGN KEY ("content_findings_id") REFERENCES "public"."content_findings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_security_scans_fk" FOREIGN KEY ("content_security_scans_id") REFERENCES "public"."content_security_scans"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sensitive_words_id_idx" ON "payload_locked_documents_rels" USING btree ("sensitive_words_id");
  CREATE INDEX "payload_locked_documents_rels_content_findings_id_idx" ON "payload_locked_documents_rels" USING btree ("content_findings_id");
  CREATE INDEX "payload_locked_documents_rels_content_security_scans_id_idx" ON "payload_locked_documents_rels" USING btree ("content_security_scans_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sensitive_words" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_findings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_security_scans_blocked" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_security_scans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sensitive_words" CASCADE;
  DROP TABLE "content_findings" CASCADE;
  DROP TABLE "content_security_scans_blocked" CASCADE;
  DROP TABLE "content_security_scans" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sensitive_words_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_content_findings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_content_security_scans_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'backfillIndexNumbers', 'exportBulletinIssue', 'workflowNotify', 'workflowScheduledPublish', 'deliverWebhook', 'rebuildSearchIndex');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'backfillIndexNumbers', 'exportBulletinIssue', 'workflowNotify', 'workflowScheduledPublish', 'deliverWebhook', 'rebuildSearchIndex');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_sensitive_words_id_idx";
  DROP INDEX "payload_locked_documents_rels_content_findings_id_idx";
  DROP INDEX "payload_locked_documents_rels_content_security_scans_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sensitive_words_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "content_findings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "content_security_scans_id";
  DROP TYPE "public"."enum_sensitive_words_severity";
  DROP TYPE "public"."enum_sensitive_words_category";
  DROP TYPE "public"."enum_content_findings_check";
  DROP TYPE "public"."enum_content_findings_severity";
  DROP TYPE "public"."enum_content_findings_status";
  DROP TYPE "public"."enum_content_findings_source";
  DROP TYPE "public"."enum_content_security_scans_trigger";`)
}
