import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_items_validity" AS ENUM('valid', 'expired', 'repealed', 'amended');
  CREATE TYPE "public"."enum_disclosure_items_disclosure_method" AS ENUM('proactive', 'on-request', 'not-disclosed');
  CREATE TYPE "public"."enum_disclosure_items_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclosure_items_v_version_validity" AS ENUM('valid', 'expired', 'repealed', 'amended');
  CREATE TYPE "public"."enum__disclosure_items_v_version_disclosure_method" AS ENUM('proactive', 'on-request', 'not-disclosed');
  CREATE TYPE "public"."enum__disclosure_items_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_policies_level" AS ENUM('law', 'administrative-regulation', 'local-regulation', 'departmental-rule', 'government-rule', 'normative-document');
  CREATE TYPE "public"."enum_policies_validity" AS ENUM('valid', 'expired', 'repealed', 'amended');
  CREATE TYPE "public"."enum_policies_disclosure_method" AS ENUM('proactive', 'on-request', 'not-disclosed');
  CREATE TYPE "public"."enum_policies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_version_level" AS ENUM('law', 'administrative-regulation', 'local-regulation', 'departmental-rule', 'government-rule', 'normative-document');
  CREATE TYPE "public"."enum__policies_v_version_validity" AS ENUM('valid', 'expired', 'repealed', 'amended');
  CREATE TYPE "public"."enum__policies_v_version_disclosure_method" AS ENUM('proactive', 'on-request', 'not-disclosed');
  CREATE TYPE "public"."enum__policies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_approval_services_materials_form" AS ENUM('original', 'copy', 'electronic');
  CREATE TYPE "public"."enum_approval_services_service_type" AS ENUM('licensing', 'penalty', 'enforcement', 'levy', 'benefit', 'inspection', 'confirmation', 'reward', 'adjudication', 'other-power', 'public-service');
  CREATE TYPE "public"."enum_approval_services_legal_time_limit_kind" AS ENUM('working-days', 'on-the-spot');
  CREATE TYPE "public"."enum_approval_services_promised_time_limit_kind" AS ENUM('working-days', 'on-the-spot');
  CREATE TYPE "public"."enum_approval_services_disclosure_method" AS ENUM('proactive', 'on-request', 'not-disclosed');
  CREATE TYPE "public"."enum_approval_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__approval_services_v_version_materials_form" AS ENUM('original', 'copy', 'electronic');
  CREATE TYPE "public"."enum__approval_services_v_version_service_type" AS ENUM('licensing', 'penalty', 'enforcement', 'levy', 'benefit', 'inspection', 'confirmation', 'reward', 'adjudication', 'other-power', 'public-service');
  CREATE TYPE "public"."enum__approval_services_v_version_legal_time_limit_kind" AS ENUM('working-days', 'on-the-spot');
  CREATE TYPE "public"."enum__approval_services_v_version_promised_time_limit_kind" AS ENUM('working-days', 'on-the-spot');
  CREATE TYPE "public"."enum__approval_services_v_version_disclosure_method" AS ENUM('proactive', 'on-request', 'not-disclosed');
  CREATE TYPE "public"."enum__approval_services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_officials_appointments_action" AS ENUM('appointed', 'removed');
  CREATE TYPE "public"."enum_officials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__officials_v_version_appointments_action" AS ENUM('appointed', 'removed');
  CREATE TYPE "public"."enum__officials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_institutions_kind" AS ENUM('government', 'department', 'directly-affiliated', 'township', 'internal', 'public-institution');
  CREATE TYPE "public"."enum_institutions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__institutions_v_version_kind" AS ENUM('government', 'department', 'directly-affiliated', 'township', 'internal', 'public-institution');
  CREATE TYPE "public"."enum__institutions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_categories_kind" AS ENUM('theme', 'genre', 'serviceObject');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'disclosure-office', 'signer', 'secrecy-reviewer', 'reviewer', 'editor', 'bulletin-editor');
  CREATE TABLE "disclosure_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"institution_id" integer,
  	"date_made" timestamp(3) with time zone,
  	"document_number" varchar,
  	"theme_id" integer,
  	"genre_id" integer,
  	"summary" varchar,
  	"validity" "enum_disclosure_items_validity" DEFAULT 'valid',
  	"disclosure_method" "enum_disclosure_items_disclosure_method" DEFAULT 'proactive',
  	"nondisclosure_reason" varchar,
  	"body" jsonb,
  	"review_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_disclosure_items_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "disclosure_items_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "disclosure_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"media_id" integer,
  	"disclosure_items_id" integer,
  	"policies_id" integer,
  	"approval_services_id" integer
  );
  
  CREATE TABLE "_disclosure_items_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_institution_id" integer,
  	"version_date_made" timestamp(3) with time zone,
  	"version_document_number" varchar,
  	"version_theme_id" integer,
  	"version_genre_id" integer,
  	"version_summary" varchar,
  	"version_validity" "enum__disclosure_items_v_version_validity" DEFAULT 'valid',
  	"version_disclosure_method" "enum__disclosure_items_v_version_disclosure_method" DEFAULT 'proactive',
  	"version_nondisclosure_reason" varchar,
  	"version_body" jsonb,
  	"version_review_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__disclosure_items_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_disclosure_items_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_disclosure_items_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"media_id" integer,
  	"disclosure_items_id" integer,
  	"policies_id" integer,
  	"approval_services_id" integer
  );
  
  CREATE TABLE "policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"document_number" varchar,
  	"level" "enum_policies_level",
  	"issuer_id" integer,
  	"theme_id" integer,
  	"date_written" timestamp(3) with time zone,
  	"date_published" timestamp(3) with time zone,
  	"date_effective" timestamp(3) with time zone,
  	"validity" "enum_policies_validity" DEFAULT 'valid',
  	"disclosure_method" "enum_policies_disclosure_method" DEFAULT 'proactive',
  	"nondisclosure_reason" varchar,
  	"body" jsonb,
  	"replaces_id" integer,
  	"review_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"disclosure_items_id" integer
  );
  
  CREATE TABLE "_policies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_document_number" varchar,
  	"version_level" "enum__policies_v_version_level",
  	"version_issuer_id" integer,
  	"version_theme_id" integer,
  	"version_date_written" timestamp(3) with time zone,
  	"version_date_published" timestamp(3) with time zone,
  	"version_date_effective" timestamp(3) with time zone,
  	"version_validity" "enum__policies_v_version_validity" DEFAULT 'valid',
  	"version_disclosure_method" "enum__policies_v_version_disclosure_method" DEFAULT 'proactive',
  	"version_nondisclosure_reason" varchar,
  	"version_body" jsonb,
  	"version_replaces_id" integer,
  	"version_review_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_policies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"disclosure_items_id" integer
  );
  
  CREATE TABLE "approval_services_materials_form" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_approval_services_materials_form",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "approval_services_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"count" numeric DEFAULT 1,
  	"template_id" integer
  );
  
  CREATE TABLE "approval_services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"basic_code" varchar,
  	"implementation_code" varchar,
  	"service_type" "enum_approval_services_service_type",
  	"institution_id" integer,
  	"theme_id" integer,
  	"legal_basis" varchar,
  	"conditions" jsonb,
  	"procedure" jsonb,
  	"legal_time_limit_kind" "enum_approval_services_legal_time_limit_kind" DEFAULT 'working-days',
  	"legal_time_limit_working_days" numeric,
  	"promised_time_limit_kind" "enum_approval_services_promised_time_limit_kind" DEFAULT 'working-days',
  	"promised_time_limit_working_days" numeric,
  	"fee_basis" varchar,
  	"fee_standard" varchar,
  	"location" varchar,
  	"hours" varchar,
  	"consult_phone" varchar,
  	"complaint_phone" varchar,
  	"disclosure_method" "enum_approval_services_disclosure_method" DEFAULT 'proactive',
  	"nondisclosure_reason" varchar,
  	"review_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_approval_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_approval_services_v_version_materials_form" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__approval_services_v_version_materials_form",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_approval_services_v_version_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"count" numeric DEFAULT 1,
  	"template_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_approval_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_basic_code" varchar,
  	"version_implementation_code" varchar,
  	"version_service_type" "enum__approval_services_v_version_service_type",
  	"version_institution_id" integer,
  	"version_theme_id" integer,
  	"version_legal_basis" varchar,
  	"version_conditions" jsonb,
  	"version_procedure" jsonb,
  	"version_legal_time_limit_kind" "enum__approval_services_v_version_legal_time_limit_kind" DEFAULT 'working-days',
  	"version_legal_time_limit_working_days" numeric,
  	"version_promised_time_limit_kind" "enum__approval_services_v_version_promised_time_limit_kind" DEFAULT 'working-days',
  	"version_promised_time_limit_working_days" numeric,
  	"version_fee_basis" varchar,
  	"version_fee_standard" varchar,
  	"version_location" varchar,
  	"version_hours" varchar,
  	"version_consult_phone" varchar,
  	"version_complaint_phone" varchar,
  	"version_disclosure_method" "enum__approval_services_v_version_disclosure_method" DEFAULT 'proactive',
  	"version_nondisclosure_reason" varchar,
  	"version_review_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__approval_services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "officials_appointments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_officials_appointments_action",
  	"post" varchar,
  	"date" timestamp(3) with time zone,
  	"document_number" varchar
  );
  
  CREATE TABLE "officials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"institution_id" integer,
  	"post" varchar,
  	"portfolio" varchar,
  	"resume" jsonb,
  	"photo_id" integer,
  	"term_start" timestamp(3) with time zone,
  	"term_end" timestamp(3) with time zone,
  	"order" numeric DEFAULT 100,
  	"review_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_officials_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_officials_v_version_appointments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__officials_v_version_appointments_action",
  	"post" varchar,
  	"date" timestamp(3) with time zone,
  	"document_number" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_officials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_institution_id" integer,
  	"version_post" varchar,
  	"version_portfolio" varchar,
  	"version_resume" jsonb,
  	"version_photo_id" integer,
  	"version_term_start" timestamp(3) with time zone,
  	"version_term_end" timestamp(3) with time zone,
  	"version_order" numeric DEFAULT 100,
  	"version_review_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__officials_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "institutions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"short_name" varchar,
  	"credit_code" varchar,
  	"kind" "enum_institutions_kind",
  	"parent_id" integer,
  	"functions" jsonb,
  	"address" varchar,
  	"phone" varchar,
  	"office_hours" varchar,
  	"website" varchar,
  	"disclosure_guide" jsonb,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_institutions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_institutions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_short_name" varchar,
  	"version_credit_code" varchar,
  	"version_kind" "enum__institutions_v_version_kind",
  	"version_parent_id" integer,
  	"version_functions" jsonb,
  	"version_address" varchar,
  	"version_phone" varchar,
  	"version_office_hours" varchar,
  	"version_website" varchar,
  	"version_disclosure_guide" jsonb,
  	"version_order" numeric DEFAULT 100,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__institutions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_categories_kind" NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"parent_id" integer,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"alt" varchar,
  	"is_public" boolean DEFAULT false,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"institutions_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"disclosure_items_id" integer,
  	"policies_id" integer,
  	"approval_services_id" integer,
  	"officials_id" integer,
  	"institutions_id" integer,
  	"categories_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "disclosure_items" ADD CONSTRAINT "disclosure_items_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_items" ADD CONSTRAINT "disclosure_items_theme_id_categories_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_items" ADD CONSTRAINT "disclosure_items_genre_id_categories_id_fk" FOREIGN KEY ("genre_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_items_texts" ADD CONSTRAINT "disclosure_items_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_items_rels" ADD CONSTRAINT "disclosure_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_items_rels" ADD CONSTRAINT "disclosure_items_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_items_rels" ADD CONSTRAINT "disclosure_items_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_items_rels" ADD CONSTRAINT "disclosure_items_rels_disclosure_items_fk" FOREIGN KEY ("disclosure_items_id") REFERENCES "public"."disclosure_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_items_rels" ADD CONSTRAINT "disclosure_items_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_items_rels" ADD CONSTRAINT "disclosure_items_rels_approval_services_fk" FOREIGN KEY ("approval_services_id") REFERENCES "public"."approval_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v" ADD CONSTRAINT "_disclosure_items_v_parent_id_disclosure_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v" ADD CONSTRAINT "_disclosure_items_v_version_institution_id_institutions_id_fk" FOREIGN KEY ("version_institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v" ADD CONSTRAINT "_disclosure_items_v_version_theme_id_categories_id_fk" FOREIGN KEY ("version_theme_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v" ADD CONSTRAINT "_disclosure_items_v_version_genre_id_categories_id_fk" FOREIGN KEY ("version_genre_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v_texts" ADD CONSTRAINT "_disclosure_items_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosure_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v_rels" ADD CONSTRAINT "_disclosure_items_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosure_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v_rels" ADD CONSTRAINT "_disclosure_items_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v_rels" ADD CONSTRAINT "_disclosure_items_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v_rels" ADD CONSTRAINT "_disclosure_items_v_rels_disclosure_items_fk" FOREIGN KEY ("disclosure_items_id") REFERENCES "public"."disclosure_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v_rels" ADD CONSTRAINT "_disclosure_items_v_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosure_items_v_rels" ADD CONSTRAINT "_disclosure_items_v_rels_approval_services_fk" FOREIGN KEY ("approval_services_id") REFERENCES "public"."approval_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_issuer_id_institutions_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_theme_id_categories_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_replaces_id_policies_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_disclosure_items_fk" FOREIGN KEY ("disclosure_items_id") REFERENCES "public"."disclosure_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_parent_id_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_issuer_id_institutions_id_fk" FOREIGN KEY ("version_issuer_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_theme_id_categories_id_fk" FOREIGN KEY ("version_theme_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_replaces_id_policies_id_fk" FOREIGN KEY ("version_replaces_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_disclosure_items_fk" FOREIGN KEY ("disclosure_items_id") REFERENCES "public"."disclosure_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_services_materials_form" ADD CONSTRAINT "approval_services_materials_form_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_services_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_services_materials" ADD CONSTRAINT "approval_services_materials_template_id_media_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_services_materials" ADD CONSTRAINT "approval_services_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."approval_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_services" ADD CONSTRAINT "approval_services_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_services" ADD CONSTRAINT "approval_services_theme_id_categories_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_approval_services_v_version_materials_form" ADD CONSTRAINT "_approval_services_v_version_materials_form_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_approval_services_v_version_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_approval_services_v_version_materials" ADD CONSTRAINT "_approval_services_v_version_materials_template_id_media_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_approval_services_v_version_materials" ADD CONSTRAINT "_approval_services_v_version_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_approval_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_approval_services_v" ADD CONSTRAINT "_approval_services_v_parent_id_approval_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_approval_services_v" ADD CONSTRAINT "_approval_services_v_version_institution_id_institutions_id_fk" FOREIGN KEY ("version_institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_approval_services_v" ADD CONSTRAINT "_approval_services_v_version_theme_id_categories_id_fk" FOREIGN KEY ("version_theme_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "officials_appointments" ADD CONSTRAINT "officials_appointments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."officials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "officials" ADD CONSTRAINT "officials_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "officials" ADD CONSTRAINT "officials_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_officials_v_version_appointments" ADD CONSTRAINT "_officials_v_version_appointments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_officials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_officials_v" ADD CONSTRAINT "_officials_v_parent_id_officials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."officials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_officials_v" ADD CONSTRAINT "_officials_v_version_institution_id_institutions_id_fk" FOREIGN KEY ("version_institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_officials_v" ADD CONSTRAINT "_officials_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "institutions" ADD CONSTRAINT "institutions_parent_id_institutions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_institutions_v" ADD CONSTRAINT "_institutions_v_parent_id_institutions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_institutions_v" ADD CONSTRAINT "_institutions_v_version_parent_id_institutions_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_institutions_fk" FOREIGN KEY ("institutions_id") REFERENCES "public"."institutions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_items_fk" FOREIGN KEY ("disclosure_items_id") REFERENCES "public"."disclosure_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_services_fk" FOREIGN KEY ("approval_services_id") REFERENCES "public"."approval_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_officials_fk" FOREIGN KEY ("officials_id") REFERENCES "public"."officials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_institutions_fk" FOREIGN KEY ("institutions_id") REFERENCES "public"."institutions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "disclosure_items_institution_idx" ON "disclosure_items" USING btree ("institution_id");
  CREATE INDEX "disclosure_items_date_made_idx" ON "disclosure_items" USING btree ("date_made");
  CREATE INDEX "disclosure_items_document_number_idx" ON "disclosure_items" USING btree ("document_number");
  CREATE INDEX "disclosure_items_theme_idx" ON "disclosure_items" USING btree ("theme_id");
  CREATE INDEX "disclosure_items_genre_idx" ON "disclosure_items" USING btree ("genre_id");
  CREATE INDEX "disclosure_items_validity_idx" ON "disclosure_items" USING btree ("validity");
  CREATE INDEX "disclosure_items_disclosure_method_idx" ON "disclosure_items" USING btree ("disclosure_method");
  CREATE INDEX "disclosure_items_updated_at_idx" ON "disclosure_items" USING btree ("updated_at");
  CREATE INDEX "disclosure_items_created_at_idx" ON "disclosure_items" USING btree ("created_at");
  CREATE INDEX "disclosure_items__status_idx" ON "disclosure_items" USING btree ("_status");
  CREATE INDEX "disclosure_items_texts_order_parent" ON "disclosure_items_texts" USING btree ("order","parent_id");
  CREATE INDEX "disclosure_items_rels_order_idx" ON "disclosure_items_rels" USING btree ("order");
  CREATE INDEX "disclosure_items_rels_parent_idx" ON "disclosure_items_rels" USING btree ("parent_id");
  CREATE INDEX "disclosure_items_rels_path_idx" ON "disclosure_items_rels" USING btree ("path");
  CREATE INDEX "disclosure_items_rels_categories_id_idx" ON "disclosure_items_rels" USING btree ("categories_id");
  CREATE INDEX "disclosure_items_rels_media_id_idx" ON "disclosure_items_rels" USING btree ("media_id");
  CREATE INDEX "disclosure_items_rels_disclosure_items_id_idx" ON "disclosure_items_rels" USING btree ("disclosure_items_id");
  CREATE INDEX "disclosure_items_rels_policies_id_idx" ON "disclosure_items_rels" USING btree ("policies_id");
  CREATE INDEX "disclosure_items_rels_approval_services_id_idx" ON "disclosure_items_rels" USING btree ("approval_services_id");
  CREATE INDEX "_disclosure_items_v_parent_idx" ON "_disclosure_items_v" USING btree ("parent_id");
  CREATE INDEX "_disclosure_items_v_version_version_institution_idx" ON "_disclosure_items_v" USING btree ("version_institution_id");
  CREATE INDEX "_disclosure_items_v_version_version_date_made_idx" ON "_disclosure_items_v" USING btree ("version_date_made");
  CREATE INDEX "_disclosure_items_v_version_version_document_number_idx" ON "_disclosure_items_v" USING btree ("version_document_number");
  CREATE INDEX "_disclosure_items_v_version_version_theme_idx" ON "_disclosure_items_v" USING btree ("version_theme_id");
  CREATE INDEX "_disclosure_items_v_version_version_genre_idx" ON "_disclosure_items_v" USING btree ("version_genre_id");
  CREATE INDEX "_disclosure_items_v_version_version_validity_idx" ON "_disclosure_items_v" USING btree ("version_validity");
  CREATE INDEX "_disclosure_items_v_version_version_disclosure_method_idx" ON "_disclosure_items_v" USING btree ("version_disclosure_method");
  CREATE INDEX "_disclosure_items_v_version_version_updated_at_idx" ON "_disclosure_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclosure_items_v_version_version_created_at_idx" ON "_disclosure_items_v" USING btree ("version_created_at");
  CREATE INDEX "_disclosure_items_v_version_version__status_idx" ON "_disclosure_items_v" USING btree ("version__status");
  CREATE INDEX "_disclosure_items_v_created_at_idx" ON "_disclosure_items_v" USING btree ("created_at");
  CREATE INDEX "_disclosure_items_v_updated_at_idx" ON "_disclosure_items_v" USING btree ("updated_at");
  CREATE INDEX "_disclosure_items_v_latest_idx" ON "_disclosure_items_v" USING btree ("latest");
  CREATE INDEX "_disclosure_items_v_texts_order_parent" ON "_disclosure_items_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_disclosure_items_v_rels_order_idx" ON "_disclosure_items_v_rels" USING btree ("order");
  CREATE INDEX "_disclosure_items_v_rels_parent_idx" ON "_disclosure_items_v_rels" USING btree ("parent_id");
  CREATE INDEX "_disclosure_items_v_rels_path_idx" ON "_disclosure_items_v_rels" USING btree ("path");
  CREATE INDEX "_disclosure_items_v_rels_categories_id_idx" ON "_disclosure_items_v_rels" USING btree ("categories_id");
  CREATE INDEX "_disclosure_items_v_rels_media_id_idx" ON "_disclosure_items_v_rels" USING btree ("media_id");
  CREATE INDEX "_disclosure_items_v_rels_disclosure_items_id_idx" ON "_disclosure_items_v_rels" USING btree ("disclosure_items_id");
  CREATE INDEX "_disclosure_items_v_rels_policies_id_idx" ON "_disclosure_items_v_rels" USING btree ("policies_id");
  CREATE INDEX "_disclosure_items_v_rels_approval_services_id_idx" ON "_disclosure_items_v_rels" USING btree ("approval_services_id");
  CREATE INDEX "policies_document_number_idx" ON "policies" USING btree ("document_number");
  CREATE INDEX "policies_level_idx" ON "policies" USING btree ("level");
  CREATE INDEX "policies_issuer_idx" ON "policies" USING btree ("issuer_id");
  CREATE INDEX "policies_theme_idx" ON "policies" USING btree ("theme_id");
  CREATE INDEX "policies_date_published_idx" ON "policies" USING btree ("date_published");
  CREATE INDEX "policies_validity_idx" ON "policies" USING btree ("validity");
  CREATE INDEX "policies_disclosure_method_idx" ON "policies" USING btree ("disclosure_method");
  CREATE INDEX "policies_replaces_idx" ON "policies" USING btree ("replaces_id");
  CREATE INDEX "policies_updated_at_idx" ON "policies" USING btree ("updated_at");
  CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");
  CREATE INDEX "policies__status_idx" ON "policies" USING btree ("_status");
  CREATE INDEX "policies_rels_order_idx" ON "policies_rels" USING btree ("order");
  CREATE INDEX "policies_rels_parent_idx" ON "policies_rels" USING btree ("parent_id");
  CREATE INDEX "policies_rels_path_idx" ON "policies_rels" USING btree ("path");
  CREATE INDEX "policies_rels_media_id_idx" ON "policies_rels" USING btree ("media_id");
  CREATE INDEX "policies_rels_disclosure_items_id_idx" ON "policies_rels" USING btree ("disclosure_items_id");
  CREATE INDEX "_policies_v_parent_idx" ON "_policies_v" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_version_document_number_idx" ON "_policies_v" USING btree ("version_document_number");
  CREATE INDEX "_policies_v_version_version_level_idx" ON "_policies_v" USING btree ("version_level");
  CREATE INDEX "_policies_v_version_version_issuer_idx" ON "_policies_v" USING btree ("version_issuer_id");
  CREATE INDEX "_policies_v_version_version_theme_idx" ON "_policies_v" USING btree ("version_theme_id");
  CREATE INDEX "_policies_v_version_version_date_published_idx" ON "_policies_v" USING btree ("version_date_published");
  CREATE INDEX "_policies_v_version_version_validity_idx" ON "_policies_v" USING btree ("version_validity");
  CREATE INDEX "_policies_v_version_version_disclosure_method_idx" ON "_policies_v" USING btree ("version_disclosure_method");
  CREATE INDEX "_policies_v_version_version_replaces_idx" ON "_policies_v" USING btree ("version_replaces_id");
  CREATE INDEX "_policies_v_version_version_updated_at_idx" ON "_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_policies_v_version_version_created_at_idx" ON "_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_policies_v_version_version__status_idx" ON "_policies_v" USING btree ("version__status");
  CREATE INDEX "_policies_v_created_at_idx" ON "_policies_v" USING btree ("created_at");
  CREATE INDEX "_policies_v_updated_at_idx" ON "_policies_v" USING btree ("updated_at");
  CREATE INDEX "_policies_v_latest_idx" ON "_policies_v" USING btree ("latest");
  CREATE INDEX "_policies_v_rels_order_idx" ON "_policies_v_rels" USING btree ("order");
  CREATE INDEX "_policies_v_rels_parent_idx" ON "_policies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policies_v_rels_path_idx" ON "_policies_v_rels" USING btree ("path");
  CREATE INDEX "_policies_v_rels_media_id_idx" ON "_policies_v_rels" USING btree ("media_id");
  CREATE INDEX "_policies_v_rels_disclosure_items_id_idx" ON "_policies_v_rels" USING btree ("disclosure_items_id");
  CREATE INDEX "approval_services_materials_form_order_idx" ON "approval_services_materials_form" USING btree ("order");
  CREATE INDEX "approval_services_materials_form_parent_idx" ON "approval_services_materials_form" USING btree ("parent_id");
  CREATE INDEX "approval_services_materials_order_idx" ON "approval_services_materials" USING btree ("_order");
  CREATE INDEX "approval_services_materials_parent_id_idx" ON "approval_services_materials" USING btree ("_parent_id");
  CREATE INDEX "approval_services_materials_template_idx" ON "approval_services_materials" USING btree ("template_id");
  CREATE INDEX "approval_services_basic_code_idx" ON "approval_services" USING btree ("basic_code");
  CREATE INDEX "approval_services_implementation_code_idx" ON "approval_services" USING btree ("implementation_code");
  CREATE INDEX "approval_services_service_type_idx" ON "approval_services" USING btree ("service_type");
  CREATE INDEX "approval_services_institution_idx" ON "approval_services" USING btree ("institution_id");
  CREATE INDEX "approval_services_theme_idx" ON "approval_services" USING btree ("theme_id");
  CREATE INDEX "approval_services_disclosure_method_idx" ON "approval_services" USING btree ("disclosure_method");
  CREATE INDEX "approval_services_updated_at_idx" ON "approval_services" USING btree ("updated_at");
  CREATE INDEX "approval_services_created_at_idx" ON "approval_services" USING btree ("created_at");
  CREATE INDEX "approval_services__status_idx" ON "approval_services" USING btree ("_status");
  CREATE INDEX "_approval_services_v_version_materials_form_order_idx" ON "_approval_services_v_version_materials_form" USING btree ("order");
  CREATE INDEX "_approval_services_v_version_materials_form_parent_idx" ON "_approval_services_v_version_materials_form" USING btree ("parent_id");
  CREATE INDEX "_approval_services_v_version_materials_order_idx" ON "_approval_services_v_version_materials" USING btree ("_order");
  CREATE INDEX "_approval_services_v_version_materials_parent_id_idx" ON "_approval_services_v_version_materials" USING btree ("_parent_id");
  CREATE INDEX "_approval_services_v_version_materials_template_idx" ON "_approval_services_v_version_materials" USING btree ("template_id");
  CREATE INDEX "_approval_services_v_parent_idx" ON "_approval_services_v" USING btree ("parent_id");
  CREATE INDEX "_approval_services_v_version_version_basic_code_idx" ON "_approval_services_v" USING btree ("version_basic_code");
  CREATE INDEX "_approval_services_v_version_version_implementation_code_idx" ON "_approval_services_v" USING btree ("version_implementation_code");
  CREATE INDEX "_approval_services_v_version_version_service_type_idx" ON "_approval_services_v" USING btree ("version_service_type");
  CREATE INDEX "_approval_services_v_version_version_institution_idx" ON "_approval_services_v" USING btree ("version_institution_id");
  CREATE INDEX "_approval_services_v_version_version_theme_idx" ON "_approval_services_v" USING btree ("version_theme_id");
  CREATE INDEX "_approval_services_v_version_version_disclosure_method_idx" ON "_approval_services_v" USING btree ("version_disclosure_method");
  CREATE INDEX "_approval_services_v_version_version_updated_at_idx" ON "_approval_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_approval_services_v_version_version_created_at_idx" ON "_approval_services_v" USING btree ("version_created_at");
  CREATE INDEX "_approval_services_v_version_version__status_idx" ON "_approval_services_v" USING btree ("version__status");
  CREATE INDEX "_approval_services_v_created_at_idx" ON "_approval_services_v" USING btree ("created_at");
  CREATE INDEX "_approval_services_v_updated_at_idx" ON "_approval_services_v" USING btree ("updated_at");
  CREATE INDEX "_approval_services_v_latest_idx" ON "_approval_services_v" USING btree ("latest");
  CREATE INDEX "officials_appointments_order_idx" ON "officials_appointments" USING btree ("_order");
  CREATE INDEX "officials_appointments_parent_id_idx" ON "officials_appointments" USING btree ("_parent_id");
  CREATE INDEX "officials_appointments_document_number_idx" ON "officials_appointments" USING btree ("document_number");
  CREATE INDEX "officials_institution_idx" ON "officials" USING btree ("institution_id");
  CREATE INDEX "officials_photo_idx" ON "officials" USING btree ("photo_id");
  CREATE INDEX "officials_updated_at_idx" ON "officials" USING btree ("updated_at");
  CREATE INDEX "officials_created_at_idx" ON "officials" USING btree ("created_at");
  CREATE INDEX "officials__status_idx" ON "officials" USING btree ("_status");
  CREATE INDEX "_officials_v_version_appointments_order_idx" ON "_officials_v_version_appointments" USING btree ("_order");
  CREATE INDEX "_officials_v_version_appointments_parent_id_idx" ON "_officials_v_version_appointments" USING btree ("_parent_id");
  CREATE INDEX "_officials_v_version_appointments_document_number_idx" ON "_officials_v_version_appointments" USING btree ("document_number");
  CREATE INDEX "_officials_v_parent_idx" ON "_officials_v" USING btree ("parent_id");
  CREATE INDEX "_officials_v_version_version_institution_idx" ON "_officials_v" USING btree ("version_institution_id");
  CREATE INDEX "_officials_v_version_version_photo_idx" ON "_officials_v" USING btree ("version_photo_id");
  CREATE INDEX "_officials_v_version_version_updated_at_idx" ON "_officials_v" USING btree ("version_updated_at");
  CREATE INDEX "_officials_v_version_version_created_at_idx" ON "_officials_v" USING btree ("version_created_at");
  CREATE INDEX "_officials_v_version_version__status_idx" ON "_officials_v" USING btree ("version__status");
  CREATE INDEX "_officials_v_created_at_idx" ON "_officials_v" USING btree ("created_at");
  CREATE INDEX "_officials_v_updated_at_idx" ON "_officials_v" USING btree ("updated_at");
  CREATE INDEX "_officials_v_latest_idx" ON "_officials_v" USING btree ("latest");
  CREATE UNIQUE INDEX "institutions_name_idx" ON "institutions" USING btree ("name");
  CREATE UNIQUE INDEX "institutions_credit_code_idx" ON "institutions" USING btree ("credit_code");
  CREATE INDEX "institutions_parent_idx" ON "institutions" USING btree ("parent_id");
  CREATE INDEX "institutions_updated_at_idx" ON "institutions" USING btree ("updated_at");
  CREATE INDEX "institutions_created_at_idx" ON "institutions" USING btree ("created_at");
  CREATE INDEX "institutions__status_idx" ON "institutions" USING btree ("_status");
  CREATE INDEX "_institutions_v_parent_idx" ON "_institutions_v" USING btree ("parent_id");
  CREATE INDEX "_institutions_v_version_version_name_idx" ON "_institutions_v" USING btree ("version_name");
  CREATE INDEX "_institutions_v_version_version_credit_code_idx" ON "_institutions_v" USING btree ("version_credit_code");
  CREATE INDEX "_institutions_v_version_version_parent_idx" ON "_institutions_v" USING btree ("version_parent_id");
  CREATE INDEX "_institutions_v_version_version_updated_at_idx" ON "_institutions_v" USING btree ("version_updated_at");
  CREATE INDEX "_institutions_v_version_version_created_at_idx" ON "_institutions_v" USING btree ("version_created_at");
  CREATE INDEX "_institutions_v_version_version__status_idx" ON "_institutions_v" USING btree ("version__status");
  CREATE INDEX "_institutions_v_created_at_idx" ON "_institutions_v" USING btree ("created_at");
  CREATE INDEX "_institutions_v_updated_at_idx" ON "_institutions_v" USING btree ("updated_at");
  CREATE INDEX "_institutions_v_latest_idx" ON "_institutions_v" USING btree ("latest");
  CREATE INDEX "categories_kind_idx" ON "categories" USING btree ("kind");
  CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "kind_code_idx" ON "categories" USING btree ("kind","code");
  CREATE INDEX "media_is_public_idx" ON "media" USING btree ("is_public");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_institutions_id_idx" ON "users_rels" USING btree ("institutions_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_disclosure_items_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_items_id");
  CREATE INDEX "payload_locked_documents_rels_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("policies_id");
  CREATE INDEX "payload_locked_documents_rels_approval_services_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_services_id");
  CREATE INDEX "payload_locked_documents_rels_officials_id_idx" ON "payload_locked_documents_rels" USING btree ("officials_id");
  CREATE INDEX "payload_locked_documents_rels_institutions_id_idx" ON "payload_locked_documents_rels" USING btree ("institutions_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "disclosure_items" CASCADE;
  DROP TABLE "disclosure_items_texts" CASCADE;
  DROP TABLE "disclosure_items_rels" CASCADE;
  DROP TABLE "_disclosure_items_v" CASCADE;
  DROP TABLE "_disclosure_items_v_texts" CASCADE;
  DROP TABLE "_disclosure_items_v_rels" CASCADE;
  DROP TABLE "policies" CASCADE;
  DROP TABLE "policies_rels" CASCADE;
  DROP TABLE "_policies_v" CASCADE;
  DROP TABLE "_policies_v_rels" CASCADE;
  DROP TABLE "approval_services_materials_form" CASCADE;
  DROP TABLE "approval_services_materials" CASCADE;
  DROP TABLE "approval_services" CASCADE;
  DROP TABLE "_approval_services_v_version_materials_form" CASCADE;
  DROP TABLE "_approval_services_v_version_materials" CASCADE;
  DROP TABLE "_approval_services_v" CASCADE;
  DROP TABLE "officials_appointments" CASCADE;
  DROP TABLE "officials" CASCADE;
  DROP TABLE "_officials_v_version_appointments" CASCADE;
  DROP TABLE "_officials_v" CASCADE;
  DROP TABLE "institutions" CASCADE;
  DROP TABLE "_institutions_v" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_disclosure_items_validity";
  DROP TYPE "public"."enum_disclosure_items_disclosure_method";
  DROP TYPE "public"."enum_disclosure_items_status";
  DROP TYPE "public"."enum__disclosure_items_v_version_validity";
  DROP TYPE "public"."enum__disclosure_items_v_version_disclosure_method";
  DROP TYPE "public"."enum__disclosure_items_v_version_status";
  DROP TYPE "public"."enum_policies_level";
  DROP TYPE "public"."enum_policies_validity";
  DROP TYPE "public"."enum_policies_disclosure_method";
  DROP TYPE "public"."enum_policies_status";
  DROP TYPE "public"."enum__policies_v_version_level";
  DROP TYPE "public"."enum__policies_v_version_validity";
  DROP TYPE "public"."enum__policies_v_version_disclosure_method";
  DROP TYPE "public"."enum__policies_v_version_status";
  DROP TYPE "public"."enum_approval_services_materials_form";
  DROP TYPE "public"."enum_approval_services_service_type";
  DROP TYPE "public"."enum_approval_services_legal_time_limit_kind";
  DROP TYPE "public"."enum_approval_services_promised_time_limit_kind";
  DROP TYPE "public"."enum_approval_services_disclosure_method";
  DROP TYPE "public"."enum_approval_services_status";
  DROP TYPE "public"."enum__approval_services_v_version_materials_form";
  DROP TYPE "public"."enum__approval_services_v_version_service_type";
  DROP TYPE "public"."enum__approval_services_v_version_legal_time_limit_kind";
  DROP TYPE "public"."enum__approval_services_v_version_promised_time_limit_kind";
  DROP TYPE "public"."enum__approval_services_v_version_disclosure_method";
  DROP TYPE "public"."enum__approval_services_v_version_status";
  DROP TYPE "public"."enum_officials_appointments_action";
  DROP TYPE "public"."enum_officials_status";
  DROP TYPE "public"."enum__officials_v_version_appointments_action";
  DROP TYPE "public"."enum__officials_v_version_status";
  DROP TYPE "public"."enum_institutions_kind";
  DROP TYPE "public"."enum_institutions_status";
  DROP TYPE "public"."enum__institutions_v_version_kind";
  DROP TYPE "public"."enum__institutions_v_version_status";
  DROP TYPE "public"."enum_categories_kind";
  DROP TYPE "public"."enum_users_roles";`)
}
