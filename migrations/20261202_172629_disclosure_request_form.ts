import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_requests_delivery_method" AS ENUM('online', 'email', 'post', 'pickup');
  CREATE TABLE "disclosure_request_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"hits" numeric DEFAULT 0 NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "disclosure_requests" ADD COLUMN "delivery_method" "enum_disclosure_requests_delivery_method";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_request_limits_id" integer;
  CREATE UNIQUE INDEX "disclosure_request_limits_key_idx" ON "disclosure_request_limits" USING btree ("key");
  CREATE INDEX "disclosure_request_limits_expires_at_idx" ON "disclosure_request_limits" USING btree ("expires_at");
  CREATE INDEX "disclosure_request_limits_updated_at_idx" ON "disclosure_request_limits" USING btree ("updated_at");
  CREATE INDEX "disclosure_request_limits_created_at_idx" ON "disclosure_request_limits" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_request_limits_fk" FOREIGN KEY ("disclosure_request_limits_id") REFERENCES "public"."disclosure_request_limits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_disclosure_request_limits__idx" ON "payload_locked_documents_rels" USING btree ("disclosure_request_limits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosure_request_limits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "disclosure_request_limits" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_request_limits_fk";
  
  DROP INDEX "payload_locked_documents_rels_disclosure_request_limits__idx";
  ALTER TABLE "disclosure_requests" DROP COLUMN "delivery_method";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_request_limits_id";
  DROP TYPE "public"."enum_disclosure_requests_delivery_method";`)
}
