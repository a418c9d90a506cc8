import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionOf } from '../../src/lib/platform/database/transaction'

/**
 * Every (file, institution) pair where a document of that institution uses the file: its published
 * state (the main tables) or its latest draft (the versions tables, `latest`), so a file attached to a
 * draft is readable by the draft's institution before anything is published. Same references as
 * `recomputeFilePublicity`.
 */
const references = sql`
  SELECT r."media_id" AS media_id, d."institution_id" AS institution_id
    FROM "disclosure_items_rels" r JOIN "disclosure_items" d ON d."id" = r."parent_id" WHERE r."path" = 'attachments'
  UNION ALL SELECT r."media_id", v."version_institution_id"
    FROM "_disclosure_items_v_rels" r JOIN "_disclosure_items_v" v ON v."id" = r."parent_id"
    WHERE v."latest" AND r."path" = 'version.attachments'
  UNION ALL SELECT r."media_id", d."issuer_id"
    FROM "policies_rels" r JOIN "policies" d ON d."id" = r."parent_id" WHERE r."path" = 'attachments'
  UNION ALL SELECT r."media_id", v."version_issuer_id"
    FROM "_policies_v_rels" r JOIN "_policies_v" v ON v."id" = r."parent_id"
    WHERE v."latest" AND r."path" = 'version.attachments'
  UNION ALL SELECT r."template_id", d."institution_id"
    FROM "approval_services_materials" r JOIN "approval_services" d ON d."id" = r."_parent_id"
  UNION ALL SELECT r."template_id", v."version_institution_id"
    FROM "_approval_services_v_version_materials" r JOIN "_approval_services_v" v ON v."id" = r."_parent_id"
    WHERE v."latest"
  UNION ALL SELECT d."photo_id", d."institution_id" FROM "officials" d
  UNION ALL SELECT v."version_photo_id", v."version_institution_id" FROM "_officials_v" v WHERE v."latest"
`

/**
 * The private files a member of staff may read: those their institutions' documents use, and those
 * they uploaded that no document uses yet (a file just uploaded, before it is attached: the admin must
 * show it to the editor attaching it, and to nobody else, since nothing says whose it is yet but its
 * uploader). One query; the caller adds the public files.
 */
export const filesReadableByInstitutions = async ({
  req,
  institutionIds,
  userId,
}: {
  req: PayloadRequest
  institutionIds: Array<number | string>
  userId: number | string
}): Promise<number[]> => {
  const institutions = institutionIds.map(Number).filter(Number.isInteger)
  const own =
    institutions.length === 0
      ? sql`false`
      : sql`ref."institution_id" IN (${sql.join(
          institutions.map((id) => sql`${id}`),
          sql`, `,
        )})`
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    WITH refs AS (${references})
    SELECT m."id" FROM "media" m
    WHERE NOT m."is_public"
      AND ((m."uploaded_by_id" = ${Number(userId)} AND NOT EXISTS (SELECT 1 FROM refs ref WHERE ref."media_id" = m."id"))
           OR EXISTS (SELECT 1 FROM refs ref WHERE ref."media_id" = m."id" AND ${own}))
  `)
  return rows.map((row) => Number(row.id))
}
