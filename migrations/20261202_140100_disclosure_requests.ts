import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_requests_steps_kind" AS ENUM('correctionRequested', 'correctionReceived', 'extension', 'thirdPartySent', 'thirdPartyReplied', 'feeNotified', 'feePaid', 'reply');
  CREATE TYPE "public"."enum_disclosure_requests_steps_outcome" AS ENUM('disclosed', 'partlyDisclosed', 'withheldStateSecret', 'withheldProhibitedByLaw', 'withheldEndangersSecurity', 'withheldThirdPartyRights', 'withheldInternalAffairs', 'withheldProcessInformation', 'withheldEnforcementFile', 'withheldQueryMatter', 'unavailableNotHeld', 'unavailableNeedsCreation', 'unavailableStillUnclear', 'notHandledPetition', 'notHandledRepeated', 'notHandledPublication', 'notHandledMassRepeated', 'notHandledConfirmation', 'otherNoCorrection', 'otherFeeUnpaid', 'other');
  CREATE TYPE "public"."enum_disclosure_requests_applicant_type" AS ENUM('naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicWelfareOrganisation', 'legalServiceProvider', 'otherOrganisation');
  CREATE TYPE "public"."enum_disclosure_requests_channel" AS ENUM('online', 'letter', 'inPerson', 'fax', 'email');
  CREATE TYPE "public"."enum_disclosure_requests_status" AS ENUM('received', 'awaitingCorrection', 'extended', 'thirdParty', 'awaitingFee', 'replied');
  CREATE TABLE "disclosure_requests_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_disclosure_requests_steps_kind" NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"approved_by" varchar,
  	"notice_sent_on" timestamp(3) with time zone,
  	"outcome" "enum_disclosure_requests_steps_outcome",
  	"note" varchar
  );
  
  CREATE TABLE "disclosure_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"applicant_type" "enum_disclosure_requests_applicant_type" NOT NULL,
  	"applicant_name" varchar NOT NULL,
  	"applicant_id_number" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_address" varchar,
  	"channel" "enum_disclosure_requests_channel" NOT NULL,
  	"received_on" timestamp(3) with time zone NOT NULL,
  	"requested_information" varchar NOT NULL,
  	"purpose" varchar,
  	"handling_institution_id" integer NOT NULL,
  	"tracking_code" varchar,
  	"status" "enum_disclosure_requests_status" DEFAULT 'received',
  	"replied_on" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_requests_id" integer;
  ALTER TABLE "disclosure_requests_steps" ADD CONSTRAINT "disclosure_requests_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_handling_institution_id_institutions_id_fk" FOREIGN KEY ("handling_institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_requests_rels" ADD CONSTRAINT "disclosure_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_requests_rels" ADD CONSTRAINT "disclosure_requests_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "disclosure_requests_steps_order_idx" ON "disclosure_requests_steps" USING btree ("_order");
  CREATE INDEX "disclosure_requests_steps_parent_id_idx" ON "disclosure_requests_steps" USING btree ("_parent_id");
  CREATE INDEX "disclosure_requests_handling_institution_idx" ON "disclosure_requests" USING btree ("handling_institution_id");
  CREATE UNIQUE INDEX "disclosure_requests_tracking_code_idx" ON "disclosure_requests" USING btree ("tracking_code");
  CREATE INDEX "disclosure_requests_status_idx" ON "disclosure_requests" USING btree ("status");
  CREATE INDEX "disclosure_requests_updated_at_idx" ON "disclosure_requests" USING btree ("updated_at");
  CREATE INDEX "disclosure_requests_created_at_idx" ON "disclosure_requests" USING btree ("created_at");
  CREATE INDEX "disclosure_requests_rels_order_idx" ON "disclosure_requests_rels" USING btree ("order");
  CREATE INDEX "disclosure_requests_rels_parent_idx" ON "disclosure_requests_rels" USING btree ("parent_id");
  CREATE INDEX "disclosure_requests_rels_path_idx" ON "disclosure_requests_rels" USING btree ("path");
  CREATE INDEX "disclosure_requests_rels_media_id_idx" ON "disclosure_requests_rels" USING btree ("media_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk" FOREIGN KEY ("disclosure_requests_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_disclosure_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosure_requests_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_requests_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "disclosure_requests_steps" CASCADE;
  DROP TABLE "disclosure_requests" CASCADE;
  DROP TABLE "disclosure_requests_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk";
  
  DROP INDEX "payload_locked_documents_rels_disclosure_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_requests_id";
  DROP TYPE "public"."enum_disclosure_requests_steps_kind";
  DROP TYPE "public"."enum_disclosure_requests_steps_outcome";
  DROP TYPE "public"."enum_disclosure_requests_applicant_type";
  DROP TYPE "public"."enum_disclosure_requests_channel";
  DROP TYPE "public"."enum_disclosure_requests_status";`)
}
