import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_annual_reports_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum_annual_reports_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  CREATE TYPE "public"."enum_annual_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__annual_reports_v_version_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum__annual_reports_v_version_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  CREATE TYPE "public"."enum__annual_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "annual_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"year" numeric,
  	"institution_id" integer,
  	"includes_subordinates" boolean DEFAULT false,
  	"overview" jsonb,
  	"snapshot" jsonb,
  	"decisions_licensing" numeric DEFAULT 0,
  	"decisions_penalties" numeric DEFAULT 0,
  	"decisions_enforcement" numeric DEFAULT 0,
  	"decisions_fees" numeric DEFAULT 0,
  	"table4_review_upheld" numeric DEFAULT 0,
  	"table4_review_corrected" numeric DEFAULT 0,
  	"table4_review_other" numeric DEFAULT 0,
  	"table4_review_pending" numeric DEFAULT 0,
  	"table4_lawsuit_direct_upheld" numeric DEFAULT 0,
  	"table4_lawsuit_direct_corrected" numeric DEFAULT 0,
  	"table4_lawsuit_direct_other" numeric DEFAULT 0,
  	"table4_lawsuit_direct_pending" numeric DEFAULT 0,
  	"table4_lawsuit_after_review_upheld" numeric DEFAULT 0,
  	"table4_lawsuit_after_review_corrected" numeric DEFAULT 0,
  	"table4_lawsuit_after_review_other" numeric DEFAULT 0,
  	"table4_lawsuit_after_review_pending" numeric DEFAULT 0,
  	"problems" jsonb,
  	"other_matters" jsonb,
  	"index_number" varchar,
  	"workflow_stage" "enum_annual_reports_workflow_stage" DEFAULT 'draft',
  	"secrecy_decision" "enum_annual_reports_secrecy_decision",
  	"secrecy_legal_basis" varchar,
  	"scheduled_publish_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_annual_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_annual_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_year" numeric,
  	"version_institution_id" integer,
  	"version_includes_subordinates" boolean DEFAULT false,
  	"version_overview" jsonb,
  	"version_snapshot" jsonb,
  	"version_decisions_licensing" numeric DEFAULT 0,
  	"version_decisions_penalties" numeric DEFAULT 0,
  	"version_decisions_enforcement" numeric DEFAULT 0,
  	"version_decisions_fees" numeric DEFAULT 0,
  	"version_table4_review_upheld" numeric DEFAULT 0,
  	"version_table4_review_corrected" numeric DEFAULT 0,
  	"version_table4_review_other" numeric DEFAULT 0,
  	"version_table4_review_pending" numeric DEFAULT 0,
  	"version_table4_lawsuit_direct_upheld" numeric DEFAULT 0,
  	"version_table4_lawsuit_direct_corrected" numeric DEFAULT 0,
  	"version_table4_lawsuit_direct_other" numeric DEFAULT 0,
  	"version_table4_lawsuit_direct_pending" numeric DEFAULT 0,
  	"version_table4_lawsuit_after_review_upheld" numeric DEFAULT 0,
  	"version_table4_lawsuit_after_review_corrected" numeric DEFAULT 0,
  	"version_table4_lawsuit_after_review_other" numeric DEFAULT 0,
  	"version_table4_lawsuit_after_review_pending" numeric DEFAULT 0,
  	"version_problems" jsonb,
  	"version_other_matters" jsonb,
  	"version_index_number" varchar,
  	"version_workflow_stage" "enum__annual_reports_v_version_workflow_stage" DEFAULT 'draft',
  	"version_secrecy_decision" "enum__annual_reports_v_version_secrecy_decision",
  	"version_secrecy_legal_basis" varchar,
  	"version_scheduled_publish_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__annual_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "annual_reports_id" integer;
  ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_annual_reports_v" ADD CONSTRAINT "_annual_reports_v_parent_id_annual_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."annual_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_annual_reports_v" ADD CONSTRAINT "_annual_reports_v_version_institution_id_institutions_id_fk" FOREIGN KEY ("version_institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "annual_reports_year_idx" ON "annual_reports" USING btree ("year");
  CREATE INDEX "annual_reports_institution_idx" ON "annual_reports" USING btree ("institution_id");
  CREATE UNIQUE INDEX "annual_reports_index_number_idx" ON "annual_reports" USING btree ("index_number");
  CREATE INDEX "annual_reports_workflow_stage_idx" ON "annual_reports" USING btree ("workflow_stage");
  CREATE INDEX "annual_reports_updated_at_idx" ON "annual_reports" USING btree ("updated_at");
  CREATE INDEX "annual_reports_created_at_idx" ON "annual_reports" USING btree ("created_at");
  CREATE INDEX "annual_reports__status_idx" ON "annual_reports" USING btree ("_status");
  CREATE INDEX "_annual_reports_v_parent_idx" ON "_annual_reports_v" USING btree ("parent_id");
  CREATE INDEX "_annual_reports_v_version_version_year_idx" ON "_annual_reports_v" USING btree ("version_year");
  CREATE INDEX "_annual_reports_v_version_version_institution_idx" ON "_annual_reports_v" USING btree ("version_institution_id");
  CREATE INDEX "_annual_reports_v_version_version_index_number_idx" ON "_annual_reports_v" USING btree ("version_index_number");
  CREATE INDEX "_annual_reports_v_version_version_workflow_stage_idx" ON "_annual_reports_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_annual_reports_v_version_version_updated_at_idx" ON "_annual_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_annual_reports_v_version_version_created_at_idx" ON "_annual_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_annual_reports_v_version_version__status_idx" ON "_annual_reports_v" USING btree ("version__status");
  CREATE INDEX "_annual_reports_v_created_at_idx" ON "_annual_reports_v" USING btree ("created_at");
  CREATE INDEX "_annual_reports_v_updated_at_idx" ON "_annual_reports_v" USING btree ("updated_at");
  CREATE INDEX "_annual_reports_v_latest_idx" ON "_annual_reports_v" USING btree ("latest");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_annual_reports_fk" FOREIGN KEY ("annual_reports_id") REFERENCES "public"."annual_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_annual_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("annual_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "annual_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_annual_reports_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "annual_reports" CASCADE;
  DROP TABLE "_annual_reports_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_annual_reports_fk";
  
  DROP INDEX "payload_locked_documents_rels_annual_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "annual_reports_id";
  DROP TYPE "public"."enum_annual_reports_workflow_stage";
  DROP TYPE "public"."enum_annual_reports_secrecy_decision";
  DROP TYPE "public"."enum_annual_reports_status";
  DROP TYPE "public"."enum__annual_reports_v_version_workflow_stage";
  DROP TYPE "public"."enum__annual_reports_v_version_secrecy_decision";
  DROP TYPE "public"."enum__annual_reports_v_version_status";`)
}
