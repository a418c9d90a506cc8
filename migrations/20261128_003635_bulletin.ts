import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bulletin_issues_sections_column" AS ENUM('rules', 'government', 'office', 'departments', 'appointments', 'interpretations', 'chronicle');
  CREATE TYPE "public"."enum_bulletin_issues_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__bulletin_issues_v_version_sections_column" AS ENUM('rules', 'government', 'office', 'departments', 'appointments', 'interpretations', 'chronicle');
  CREATE TYPE "public"."enum__bulletin_issues_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_bulletin_exports_format" AS ENUM('pdf', 'docx');
  CREATE TYPE "public"."enum_bulletin_exports_status" AS ENUM('queued', 'running', 'done', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'exportBulletinIssue';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'exportBulletinIssue';
  CREATE TABLE "bulletin_issues_sections_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"frozen_version_id" varchar,
  	"frozen_content_hash" varchar,
  	"frozen_snapshot" jsonb
  );
  
  CREATE TABLE "bulletin_issues_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"column" "enum_bulletin_issues_sections_column"
  );
  
  CREATE TABLE "bulletin_issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar DEFAULT '扎兰资讯',
  	"year" numeric,
  	"issue_number" numeric,
  	"cumulative_number" numeric,
  	"publication_date" timestamp(3) with time zone,
  	"covers_from" timestamp(3) with time zone,
  	"covers_to" timestamp(3) with time zone,
  	"cover_id" integer,
  	"editors_note" jsonb,
  	"frozen_at" timestamp(3) with time zone,
  	"content_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_bulletin_issues_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "bulletin_issues_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"disclosure_items_id" integer,
  	"policies_id" integer
  );
  
  CREATE TABLE "_bulletin_issues_v_version_sections_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"frozen_version_id" varchar,
  	"frozen_content_hash" varchar,
  	"frozen_snapshot" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_bulletin_issues_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"column" "enum__bulletin_issues_v_version_sections_column",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_bulletin_issues_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar DEFAULT '扎兰资讯',
  	"version_year" numeric,
  	"version_issue_number" numeric,
  	"version_cumulative_number" numeric,
  	"version_publication_date" timestamp(3) with time zone,
  	"version_covers_from" timestamp(3) with time zone,
  	"version_covers_to" timestamp(3) with time zone,
  	"version_cover_id" integer,
  	"version_editors_note" jsonb,
  	"version_frozen_at" timestamp(3) with time zone,
  	"version_content_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__bulletin_issues_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_bulletin_issues_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"disclosure_items_id" integer,
  	"policies_id" integer
  );
  
  CREATE TABLE "bulletin_exports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue_id" integer NOT NULL,
  	"format" "enum_bulletin_exports_format" NOT NULL,
  	"status" "enum_bulletin_exports_status" DEFAULT 'queued' NOT NULL,
  	"progress" numeric DEFAULT 0,
  	"content_hash" varchar,
  	"uncovered_characters" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bulletin_issues_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bulletin_exports_id" integer;
  ALTER TABLE "bulletin_issues_sections_entries" ADD CONSTRAINT "bulletin_issues_sections_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bulletin_issues_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletin_issues_sections" ADD CONSTRAINT "bulletin_issues_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bulletin_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletin_issues" ADD CONSTRAINT "bulletin_issues_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletin_issues_rels" ADD CONSTRAINT "bulletin_issues_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletin_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletin_issues_rels" ADD CONSTRAINT "bulletin_issues_rels_disclosure_items_fk" FOREIGN KEY ("disclosure_items_id") REFERENCES "public"."disclosure_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletin_issues_rels" ADD CONSTRAINT "bulletin_issues_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletin_issues_v_version_sections_entries" ADD CONSTRAINT "_bulletin_issues_v_version_sections_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bulletin_issues_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletin_issues_v_version_sections" ADD CONSTRAINT "_bulletin_issues_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bulletin_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletin_issues_v" ADD CONSTRAINT "_bulletin_issues_v_parent_id_bulletin_issues_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletin_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletin_issues_v" ADD CONSTRAINT "_bulletin_issues_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletin_issues_v_rels" ADD CONSTRAINT "_bulletin_issues_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_bulletin_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletin_issues_v_rels" ADD CONSTRAINT "_bulletin_issues_v_rels_disclosure_items_fk" FOREIGN KEY ("disclosure_items_id") REFERENCES "public"."disclosure_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletin_issues_v_rels" ADD CONSTRAINT "_bulletin_issues_v_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletin_exports" ADD CONSTRAINT "bulletin_exports_issue_id_bulletin_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."bulletin_issues"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "bulletin_issues_sections_entries_order_idx" ON "bulletin_issues_sections_entries" USING btree ("_order");
  CREATE INDEX "bulletin_issues_sections_entries_parent_id_idx" ON "bulletin_issues_sections_entries" USING btree ("_parent_id");
  CREATE INDEX "bulletin_issues_sections_order_idx" ON "bulletin_issues_sections" USING btree ("_order");
  CREATE INDEX "bulletin_issues_sections_parent_id_idx" ON "bulletin_issues_sections" USING btree ("_parent_id");
  CREATE INDEX "bulletin_issues_year_idx" ON "bulletin_issues" USING btree ("year");
  CREATE UNIQUE INDEX "bulletin_issues_cumulative_number_idx" ON "bulletin_issues" USING btree ("cumulative_number");
  CREATE INDEX "bulletin_issues_publication_date_idx" ON "bulletin_issues" USING btree ("publication_date");
  CREATE INDEX "bulletin_issues_cover_idx" ON "bulletin_issues" USING btree ("cover_id");
  CREATE INDEX "bulletin_issues_updated_at_idx" ON "bulletin_issues" USING btree ("updated_at");
  CREATE INDEX "bulletin_issues_created_at_idx" ON "bulletin_issues" USING btree ("created_at");
  CREATE INDEX "bulletin_issues__status_idx" ON "bulletin_issues" USING btree ("_status");
  CREATE UNIQUE INDEX "year_issueNumber_idx" ON "bulletin_issues" USING btree ("year","issue_number");
  CREATE INDEX "bulletin_issues_rels_order_idx" ON "bulletin_issues_rels" USING btree ("order");
  CREATE INDEX "bulletin_issues_rels_parent_idx" ON "bulletin_issues_rels" USING btree ("parent_id");
  CREATE INDEX "bulletin_issues_rels_path_idx" ON "bulletin_issues_rels" USING btree ("path");
  CREATE INDEX "bulletin_issues_rels_disclosure_items_id_idx" ON "bulletin_issues_rels" USING btree ("disclosure_items_id");
  CREATE INDEX "bulletin_issues_rels_policies_id_idx" ON "bulletin_issues_rels" USING btree ("policies_id");
  CREATE INDEX "_bulletin_issues_v_version_sections_entries_order_idx" ON "_bulletin_issues_v_version_sections_entries" USING btree ("_order");
  CREATE INDEX "_bulletin_issues_v_version_sections_entries_parent_id_idx" ON "_bulletin_issues_v_version_sections_entries" USING btree ("_parent_id");
  CREATE INDEX "_bulletin_issues_v_version_sections_order_idx" ON "_bulletin_issues_v_version_sections" USING btree ("_order");
  CREATE INDEX "_bulletin_issues_v_version_sections_parent_id_idx" ON "_bulletin_issues_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_bulletin_issues_v_parent_idx" ON "_bulletin_issues_v" USING btree ("parent_id");
  CREATE INDEX "_bulletin_issues_v_version_version_year_idx" ON "_bulletin_issues_v" USING btree ("version_year");
  CREATE INDEX "_bulletin_issues_v_version_version_cumulative_number_idx" ON "_bulletin_issues_v" USING btree ("version_cumulative_number");
  CREATE INDEX "_bulletin_issues_v_version_version_publication_date_idx" ON "_bulletin_issues_v" USING btree ("version_publication_date");
  CREATE INDEX "_bulletin_issues_v_version_version_cover_idx" ON "_bulletin_issues_v" USING btree ("version_cover_id");
  CREATE INDEX "_bulletin_issues_v_version_version_updated_at_idx" ON "_bulletin_issues_v" USING btree ("version_updated_at");
  CREATE INDEX "_bulletin_issues_v_version_version_created_at_idx" ON "_bulletin_issues_v" USING btree ("version_created_at");
  CREATE INDEX "_bulletin_issues_v_version_version__status_idx" ON "_bulletin_issues_v" USING btree ("version__status");
  CREATE INDEX "_bulletin_issues_v_created_at_idx" ON "_bulletin_issues_v" USING btree ("created_at");
  CREATE INDEX "_bulletin_issues_v_updated_at_idx" ON "_bulletin_issues_v" USING btree ("updated_at");
  CREATE INDEX "_bulletin_issues_v_latest_idx" ON "_bulletin_issues_v" USING btree ("latest");
  CREATE INDEX "version_year_version_issueNumber_idx" ON "_bulletin_issues_v" USING btree ("version_year","version_issue_number");
  CREATE INDEX "_bulletin_issues_v_rels_order_idx" ON "_bulletin_issues_v_rels" USING btree ("order");
  CREATE INDEX "_bulletin_issues_v_rels_parent_idx" ON "_bulletin_issues_v_rels" USING btree ("parent_id");
  CREATE INDEX "_bulletin_issues_v_rels_path_idx" ON "_bulletin_issues_v_rels" USING btree ("path");
  CREATE INDEX "_bulletin_issues_v_rels_disclosure_items_id_idx" ON "_bulletin_issues_v_rels" USING btree ("disclosure_items_id");
  CREATE INDEX "_bulletin_issues_v_rels_policies_id_idx" ON "_bulletin_issues_v_rels" USING btree ("policies_id");
  CREATE INDEX "bulletin_exports_issue_idx" ON "bulletin_exports" USING btree ("issue_id");
  CREATE INDEX "bulletin_exports_updated_at_idx" ON "bulletin_exports" USING btree ("updated_at");
  CREATE INDEX "bulletin_exports_created_at_idx" ON "bulletin_exports" USING btree ("created_at");
  CREATE UNIQUE INDEX "bulletin_exports_filename_idx" ON "bulletin_exports" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulletin_issues_fk" FOREIGN KEY ("bulletin_issues_id") REFERENCES "public"."bulletin_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulletin_exports_fk" FOREIGN KEY ("bulletin_exports_id") REFERENCES "public"."bulletin_exports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_bulletin_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("bulletin_issues_id");
  CREATE INDEX "payload_locked_documents_rels_bulletin_exports_id_idx" ON "payload_locked_documents_rels" USING btree ("bulletin_exports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "bulletin_issues_sections_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulletin_issues_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulletin_issues" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulletin_issues_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_bulletin_issues_v_version_sections_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_bulletin_issues_v_version_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_bulletin_issues_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_bulletin_issues_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulletin_exports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "bulletin_issues_sections_entries" CASCADE;
  DROP TABLE "bulletin_issues_sections" CASCADE;
  DROP TABLE "bulletin_issues" CASCADE;
  DROP TABLE "bulletin_issues_rels" CASCADE;
  DROP TABLE "_bulletin_issues_v_version_sections_entries" CASCADE;
  DROP TABLE "_bulletin_issues_v_version_sections" CASCADE;
  DROP TABLE "_bulletin_issues_v" CASCADE;
  DROP TABLE "_bulletin_issues_v_rels" CASCADE;
  DROP TABLE "bulletin_exports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bulletin_issues_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bulletin_exports_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'backfillIndexNumbers');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'backfillIndexNumbers');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_bulletin_issues_id_idx";
  DROP INDEX "payload_locked_documents_rels_bulletin_exports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bulletin_issues_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bulletin_exports_id";
  DROP TYPE "public"."enum_bulletin_issues_sections_column";
  DROP TYPE "public"."enum_bulletin_issues_status";
  DROP TYPE "public"."enum__bulletin_issues_v_version_sections_column";
  DROP TYPE "public"."enum__bulletin_issues_v_version_status";
  DROP TYPE "public"."enum_bulletin_exports_format";
  DROP TYPE "public"."enum_bulletin_exports_status";`)
}
