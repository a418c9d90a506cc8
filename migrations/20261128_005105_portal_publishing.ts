import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_webhooks_collections" AS ENUM('disclosure-items', 'policies', 'approval-services');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'rebuildSearchIndex';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'rebuildSearchIndex';
  CREATE TABLE "search_index" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"document_number" varchar,
  	"index_number" varchar,
  	"document_number_key" varchar,
  	"index_number_key" varchar,
  	"institution" numeric,
  	"theme" numeric,
  	"genre" numeric,
  	"validity" varchar,
  	"year" numeric,
  	"date" timestamp(3) with time zone,
  	"summary" varchar,
  	"body_text" varchar,
  	"lexemes_title" varchar,
  	"lexemes_meta" varchar,
  	"lexemes_body" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhooks_collections" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_collections",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"webhook_id" integer,
  	"event_id" varchar NOT NULL,
  	"event_type" varchar NOT NULL,
  	"doc_collection" varchar,
  	"doc_id" varchar,
  	"attempt" numeric NOT NULL,
  	"status_code" numeric,
  	"is_success" boolean DEFAULT false,
  	"error" varchar,
  	"duration_ms" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_index_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhooks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "webhooks_collections" ADD CONSTRAINT "webhooks_collections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "search_index_doc_collection_idx" ON "search_index" USING btree ("doc_collection");
  CREATE INDEX "search_index_document_number_key_idx" ON "search_index" USING btree ("document_number_key");
  CREATE INDEX "search_index_index_number_key_idx" ON "search_index" USING btree ("index_number_key");
  CREATE INDEX "search_index_institution_idx" ON "search_index" USING btree ("institution");
  CREATE INDEX "search_index_theme_idx" ON "search_index" USING btree ("theme");
  CREATE INDEX "search_index_genre_idx" ON "search_index" USING btree ("genre");
  CREATE INDEX "search_index_validity_idx" ON "search_index" USING btree ("validity");
  CREATE INDEX "search_index_year_idx" ON "search_index" USING btree ("year");
  CREATE INDEX "search_index_date_idx" ON "search_index" USING btree ("date");
  CREATE INDEX "search_index_updated_at_idx" ON "search_index" USING btree ("updated_at");
  CREATE INDEX "search_index_created_at_idx" ON "search_index" USING btree ("created_at");
  CREATE UNIQUE INDEX "docCollection_docId_idx" ON "search_index" USING btree ("doc_collection","doc_id");
  CREATE INDEX "webhooks_collections_order_idx" ON "webhooks_collections" USING btree ("order");
  CREATE INDEX "webhooks_collections_parent_idx" ON "webhooks_collections" USING btree ("parent_id");
  CREATE INDEX "webhooks_active_idx" ON "webhooks" USING btree ("active");
  CREATE INDEX "webhooks_updated_at_idx" ON "webhooks" USING btree ("updated_at");
  CREATE INDEX "webhooks_created_at_idx" ON "webhooks" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "webhook_deliveries_event_id_idx" ON "webhook_deliveries" USING btree ("event_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_index_fk" FOREIGN KEY ("search_index_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhooks_fk" FOREIGN KEY ("webhooks_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("search_index_id");
  CREATE INDEX "payload_locked_documents_rels_webhooks_id_idx" ON "payload_locked_documents_rels" USING btree ("webhooks_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");`)

  // Written by hand: the search vectors Payload's schema does not model, generated from the lexeme columns the
  // plugin fills. array_to_tsvector takes the lexemes as they are, without a text-search parser that would not
  // know Chinese. search_vector (title A, 文号/索引号/summary B, body D) is what matches, through GIN;
  // head_vector (title and meta only, small) is what ranks, so ranking thousands of matches reads no bodies.
  // STORAGE MAIN keeps the vectors compressed in the row instead of in TOAST: a broad query then reads a
  // third of the pages.
  await db.execute(sql`
  ALTER TABLE "search_index" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(array_to_tsvector(array_remove(string_to_array(coalesce("lexemes_title", ''), ' '), '')), 'A') ||
    setweight(array_to_tsvector(array_remove(string_to_array(coalesce("lexemes_meta", ''), ' '), '')), 'B') ||
    setweight(array_to_tsvector(array_remove(string_to_array(coalesce("lexemes_body", ''), ' '), '')), 'D')
  ) STORED;
  ALTER TABLE "search_index" ADD COLUMN "head_vector" tsvector GENERATED ALWAYS AS (
    setweight(array_to_tsvector(array_remove(string_to_array(coalesce("lexemes_title", ''), ' '), '')), 'A') ||
    setweight(array_to_tsvector(array_remove(string_to_array(coalesce("lexemes_meta", ''), ' '), '')), 'B')
  ) STORED;
  ALTER TABLE "search_index" ALTER COLUMN "search_vector" SET STORAGE MAIN;
  ALTER TABLE "search_index" ALTER COLUMN "head_vector" SET STORAGE MAIN;
  CREATE INDEX "search_index_search_vector_idx" ON "search_index" USING gin ("search_vector");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_index" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhooks_collections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhooks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_index" CASCADE;
  DROP TABLE "webhooks_collections" CASCADE;
  DROP TABLE "webhooks" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_index_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhooks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'backfillIndexNumbers');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'backfillIndexNumbers');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_search_index_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhooks_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_index_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhooks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  DROP TYPE "public"."enum_webhooks_collections";`)
}
