import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

/**
 * Files follow their documents (collections/hooks/recomputeFilePublicity.ts): before, a file was marked public when
 * a document using it was published and never private again, so the files of withdrawn, deleted or 依申请公开
 * documents stayed downloadable. The hooks keep the flag right from now on; this sets it once for the files already
 * stored: public exactly while a published, 主动公开 document (or the portal's emblem) uses it. Written out here, not
 * imported, so later changes to the hook do not change what this migration did.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    UPDATE "media" m SET "is_public" = used.is_public, "updated_at" = now()
    FROM (
      SELECT m2."id", (
        EXISTS (SELECT 1 FROM "disclosure_items_rels" r JOIN "disclosure_items" d ON d."id" = r."parent_id"
                WHERE r."media_id" = m2."id" AND r."path" = 'attachments'
                  AND d."_status" = 'published' AND d."disclosure_method" = 'proactive')
        OR EXISTS (SELECT 1 FROM "policies_rels" r JOIN "policies" d ON d."id" = r."parent_id"
                WHERE r."media_id" = m2."id" AND r."path" = 'attachments'
                  AND d."_status" = 'published' AND d."disclosure_method" = 'proactive')
        OR EXISTS (SELECT 1 FROM "approval_services_materials" r JOIN "approval_services" d ON d."id" = r."_parent_id"
                WHERE r."template_id" = m2."id"
                  AND d."_status" = 'published' AND d."disclosure_method" = 'proactive')
        OR EXISTS (SELECT 1 FROM "officials" d WHERE d."photo_id" = m2."id" AND d."_status" = 'published')
        OR EXISTS (SELECT 1 FROM "site_settings" s WHERE s."emblem_id" = m2."id")
      ) AS is_public
      FROM "media" m2
    ) used
    WHERE used."id" = m."id" AND m."is_public" IS DISTINCT FROM used.is_public
  `)
}

/** Nothing to undo: the flags it corrected were wrong; the old hook would only mark files public again. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
