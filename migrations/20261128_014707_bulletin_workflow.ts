import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bulletin_issues_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum_bulletin_issues_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  CREATE TYPE "public"."enum__bulletin_issues_v_version_workflow_stage" AS ENUM('draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld', 'legality');
  CREATE TYPE "public"."enum__bulletin_issues_v_version_secrecy_decision" AS ENUM('public', 'exempt', 'referral');
  ALTER TABLE "bulletin_issues" ADD COLUMN "workflow_stage" "enum_bulletin_issues_workflow_stage" DEFAULT 'draft';
  ALTER TABLE "bulletin_issues" ADD COLUMN "secrecy_decision" "enum_bulletin_issues_secrecy_decision";
  ALTER TABLE "bulletin_issues" ADD COLUMN "secrecy_legal_basis" varchar;
  ALTER TABLE "bulletin_issues" ADD COLUMN "scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_bulletin_issues_v" ADD COLUMN "version_workflow_stage" "enum__bulletin_issues_v_version_workflow_stage" DEFAULT 'draft';
  ALTER TABLE "_bulletin_issues_v" ADD COLUMN "version_secrecy_decision" "enum__bulletin_issues_v_version_secrecy_decision";
  ALTER TABLE "_bulletin_issues_v" ADD COLUMN "version_secrecy_legal_basis" varchar;
  ALTER TABLE "_bulletin_issues_v" ADD COLUMN "version_scheduled_publish_at" timestamp(3) with time zone;
  CREATE INDEX "bulletin_issues_workflow_stage_idx" ON "bulletin_issues" USING btree ("workflow_stage");
  CREATE INDEX "_bulletin_issues_v_version_version_workflow_stage_idx" ON "_bulletin_issues_v" USING btree ("version_workflow_stage");
  UPDATE "bulletin_issues" SET "workflow_stage" = 'published' WHERE "_status" = 'published';
  UPDATE "_bulletin_issues_v" SET "version_workflow_stage" = 'published' WHERE "version__status" = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "bulletin_issues_workflow_stage_idx";
  DROP INDEX "_bulletin_issues_v_version_version_workflow_stage_idx";
  ALTER TABLE "bulletin_issues" DROP COLUMN "workflow_stage";
  ALTER TABLE "bulletin_issues" DROP COLUMN "secrecy_decision";
  ALTER TABLE "bulletin_issues" DROP COLUMN "secrecy_legal_basis";
  ALTER TABLE "bulletin_issues" DROP COLUMN "scheduled_publish_at";
  ALTER TABLE "_bulletin_issues_v" DROP COLUMN "version_workflow_stage";
  ALTER TABLE "_bulletin_issues_v" DROP COLUMN "version_secrecy_decision";
  ALTER TABLE "_bulletin_issues_v" DROP COLUMN "version_secrecy_legal_basis";
  ALTER TABLE "_bulletin_issues_v" DROP COLUMN "version_scheduled_publish_at";
  DROP TYPE "public"."enum_bulletin_issues_workflow_stage";
  DROP TYPE "public"."enum_bulletin_issues_secrecy_decision";
  DROP TYPE "public"."enum__bulletin_issues_v_version_workflow_stage";
  DROP TYPE "public"."enum__bulletin_issues_v_version_secrecy_decision";`)
}
