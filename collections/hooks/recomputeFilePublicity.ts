import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionOf } from '../../src/lib/platform/database/transaction'
import { PROACTIVE_DISCLOSURE } from '../../src/lib/platform/disclosureMethod'

/**
 * "Some public document uses this file", as SQL over every place a catalogue document references a
 * file (the tables follow Payload's naming, see the migrations): attachments of disclosure items and
 * policies (`*_rels`, path `attachments`), approval services' form templates (`materials.template`)
 * and officials' photos; and the portal's emblem (site settings, which marks it public itself), so a
 * withdrawn attachment that is also the emblem stays public. The main tables hold the published state
 * (drafts live in the versions tables), so a draft saved over a published document changes nothing
 * here, as it changes nothing public.
 * Keep in step with the `filesFollowDocuments` hooks on those collections.
 */
const usedByPublicDocument = sql`(
  EXISTS (SELECT 1 FROM "disclosure_items_rels" r JOIN "disclosure_items" d ON d."id" = r."parent_id"
          WHERE r."media_id" = m."id" AND r."path" = 'attachments'
            AND d."_status" = 'published' AND d."disclosure_method" = ${PROACTIVE_DISCLOSURE})
  OR EXISTS (SELECT 1 FROM "policies_rels" r JOIN "policies" d ON d."id" = r."parent_id"
          WHERE r."media_id" = m."id" AND r."path" = 'attachments'
            AND d."_status" = 'published' AND d."disclosure_method" = ${PROACTIVE_DISCLOSURE})
  OR EXISTS (SELECT 1 FROM "approval_services_materials" r JOIN "approval_services" d ON d."id" = r."_parent_id"
          WHERE r."template_id" = m."id"
            AND d."_status" = 'published' AND d."disclosure_method" = ${PROACTIVE_DISCLOSURE})
  OR EXISTS (SELECT 1 FROM "officials" d WHERE d."photo_id" = m."id" AND d."_status" = 'published')
  OR EXISTS (SELECT 1 FROM "site_settings" s WHERE s."emblem_id" = m."id")
)`

/**
 * Sets `is_public` of the given files to exactly "a published, 主动公开 document uses it", in one
 * statement on the request's transaction: it commits or rolls back with the publish, withdrawal,
 * deletion or edit that called it. Returns the ids whose flag changed.
 */
export const recomputeFilePublicity = async (req: PayloadRequest, mediaIds: number[]): Promise<number[]> => {
  if (mediaIds.length === 0) return []
  const db = await transactionOf(req)
  const ids = sql.join(
    mediaIds.map((id) => sql`${id}`),
    sql`, `,
  )
  const { rows } = await db.execute(sql`
    UPDATE "media" m SET "is_public" = ${usedByPublicDocument}, "updated_at" = now()
    WHERE m."id" IN (${ids}) AND m."is_public" IS DISTINCT FROM ${usedByPublicDocument}
    RETURNING m."id"
  `)
  return rows.map((row) => Number(row.id))
}
