import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosure_items" ADD COLUMN "publication_published_on" timestamp(3) with time zone;
  ALTER TABLE "disclosure_items" ADD COLUMN "publication_due_on" timestamp(3) with time zone;
  ALTER TABLE "disclosure_items" ADD COLUMN "publication_working_days_to_publish" numeric;
  ALTER TABLE "disclosure_items" ADD COLUMN "publication_is_late" boolean;
  ALTER TABLE "_disclosure_items_v" ADD COLUMN "version_publication_published_on" timestamp(3) with time zone;
  ALTER TABLE "_disclosure_items_v" ADD COLUMN "version_publication_due_on" timestamp(3) with time zone;
  ALTER TABLE "_disclosure_items_v" ADD COLUMN "version_publication_working_days_to_publish" numeric;
  ALTER TABLE "_disclosure_items_v" ADD COLUMN "version_publication_is_late" boolean;
  ALTER TABLE "policies" ADD COLUMN "publication_published_on" timestamp(3) with time zone;
  ALTER TABLE "policies" ADD COLUMN "publication_due_on" timestamp(3) with time zone;
  ALTER TABLE "policies" ADD COLUMN "publication_working_days_to_publish" numeric;
  ALTER TABLE "policies" ADD COLUMN "publication_is_late" boolean;
  ALTER TABLE "_policies_v" ADD COLUMN "version_publication_published_on" timestamp(3) with time zone;
  ALTER TABLE "_policies_v" ADD COLUMN "version_publication_due_on" timestamp(3) with time zone;
  ALTER TABLE "_policies_v" ADD COLUMN "version_publication_working_days_to_publish" numeric;
  ALTER TABLE "_policies_v" ADD COLUMN "version_publication_is_late" boolean;
  ALTER TABLE "approval_services" ADD COLUMN "publication_published_on" timestamp(3) with time zone;
  ALTER TABLE "approval_services" ADD COLUMN "publication_due_on" timestamp(3) with time zone;
  ALTER TABLE "approval_services" ADD COLUMN "publication_working_days_to_publish" numeric;
  ALTER TABLE "approval_services" ADD COLUMN "publication_is_late" boolean;
  ALTER TABLE "_approval_services_v" ADD COLUMN "version_publication_published_on" timestamp(3) with time zone;
  ALTER TABLE "_approval_services_v" ADD COLUMN "version_publication_due_on" timestamp(3) with time zone;
  ALTER TABLE "_approval_services_v" ADD COLUMN "version_publication_working_days_to_publish" numeric;
  ALTER TABLE "_approval_services_v" ADD COLUMN "version_publication_is_late" boolean;
  CREATE INDEX "disclosure_items_publication_publication_published_on_idx" ON "disclosure_items" USING btree ("publication_published_on");
  CREATE INDEX "disclosure_items_publication_publication_is_late_idx" ON "disclosure_items" USING btree ("publication_is_late");
  CREATE INDEX "_disclosure_items_v_version_publication_version_publicat_idx" ON "_disclosure_items_v" USING btree ("version_publication_published_on");
  CREATE INDEX "_disclosure_items_v_version_publication_version_public_1_idx" ON "_disclosure_items_v" USING btree ("version_publication_is_late");
  CREATE INDEX "policies_publication_publication_published_on_idx" ON "policies" USING btree ("publication_published_on");
  CREATE INDEX "policies_publication_publication_is_late_idx" ON "policies" USING btree ("publication_is_late");
  CREATE INDEX "_policies_v_version_publication_version_publication_publ_idx" ON "_policies_v" USING btree ("version_publication_published_on");
  CREATE INDEX "_policies_v_version_publication_version_publication_is_l_idx" ON "_policies_v" USING btree ("version_publication_is_late");
  CREATE INDEX "approval_services_publication_publication_published_on_idx" ON "approval_services" USING btree ("publication_published_on");
  CREATE INDEX "approval_services_publication_publication_is_late_idx" ON "approval_services" USING btree ("publication_is_late");
  CREATE INDEX "_approval_services_v_version_publication_version_publica_idx" ON "_approval_services_v" USING btree ("version_publication_published_on");
  CREATE INDEX "_approval_services_v_version_publication_version_publi_1_idx" ON "_approval_services_v" USING btree ("version_publication_is_late");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "disclosure_items_publication_publication_published_on_idx";
  DROP INDEX "disclosure_items_publication_publication_is_late_idx";
  DROP INDEX "_disclosure_items_v_version_publication_version_publicat_idx";
  DROP INDEX "_disclosure_items_v_version_publication_version_public_1_idx";
  DROP INDEX "policies_publication_publication_published_on_idx";
  DROP INDEX "policies_publication_publication_is_late_idx";
  DROP INDEX "_policies_v_version_publication_version_publication_publ_idx";
  DROP INDEX "_policies_v_version_publication_version_publication_is_l_idx";
  DROP INDEX "approval_services_publication_publication_published_on_idx";
  DROP INDEX "approval_services_publication_publication_is_late_idx";
  DROP INDEX "_approval_services_v_version_publication_version_publica_idx";
  DROP INDEX "_approval_services_v_version_publication_version_publi_1_idx";
  ALTER TABLE "disclosure_items" DROP COLUMN "publication_published_on";
  ALTER TABLE "disclosure_items" DROP COLUMN "publication_due_on";
  ALTER TABLE "disclosure_items" DROP COLUMN "publication_working_days_to_publish";
  ALTER TABLE "disclosure_items" DROP COLUMN "publication_is_late";
  ALTER TABLE "_disclosure_items_v" DROP COLUMN "version_publication_published_on";
  ALTER TABLE "_disclosure_items_v" DROP COLUMN "version_publication_due_on";
  ALTER TABLE "_disclosure_items_v" DROP COLUMN "version_publication_working_days_to_publish";
  ALTER TABLE "_disclosure_items_v" DROP COLUMN "version_publication_is_late";
  ALTER TABLE "policies" DROP COLUMN "publication_published_on";
  ALTER TABLE "policies" DROP COLUMN "publication_due_on";
  ALTER TABLE "policies" DROP COLUMN "publication_working_days_to_publish";
  ALTER TABLE "policies" DROP COLUMN "publication_is_late";
  ALTER TABLE "_policies_v" DROP COLUMN "version_publication_published_on";
  ALTER TABLE "_policies_v" DROP COLUMN "version_publication_due_on";
  ALTER TABLE "_policies_v" DROP COLUMN "version_publication_working_days_to_publish";
  ALTER TABLE "_policies_v" DROP COLUMN "version_publication_is_late";
  ALTER TABLE "approval_services" DROP COLUMN "publication_published_on";
  ALTER TABLE "approval_services" DROP COLUMN "publication_due_on";
  ALTER TABLE "approval_services" DROP COLUMN "publication_working_days_to_publish";
  ALTER TABLE "approval_services" DROP COLUMN "publication_is_late";
  ALTER TABLE "_approval_services_v" DROP COLUMN "version_publication_published_on";
  ALTER TABLE "_approval_services_v" DROP COLUMN "version_publication_due_on";
  ALTER TABLE "_approval_services_v" DROP COLUMN "version_publication_working_days_to_publish";
  ALTER TABLE "_approval_services_v" DROP COLUMN "version_publication_is_late";`)
}
