import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { ResolvedDisclosureRequestsOptions } from './types'

import { relationsTableOf, tableOf } from '../../src/lib/platform/database/tables'
import { transactionOf } from '../../src/lib/platform/database/transaction'
import { hasRole, institutionIdsOf } from '../../src/lib/platform/roles'
import { REQUESTS_SLUG } from './defaults'

/** The uploads used as reply documents of requests the institutions handle: one query over the relations table. */
const replyDocumentsOf = async (
  req: PayloadRequest,
  options: ResolvedDisclosureRequestsOptions,
  institutionIds: number[],
): Promise<number[]> => {
  const requests = tableOf(req, REQUESTS_SLUG)
  const rels = relationsTableOf(req, REQUESTS_SLUG)
  const uploadColumn = rels[`${options.uploadsCollection.replace(/-/g, '_')}ID`]
  if (!uploadColumn)
    throw new Error(`disclosureRequests: no column for "${options.uploadsCollection}" in the relations`)
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    SELECT DISTINCT ${uploadColumn} AS id
      FROM ${rels} JOIN ${requests} ON ${requests.id} = ${rels.parent}
     WHERE ${rels.path} LIKE 'steps.%.documents'
       AND ${requests.handlingInstitution} IN (${sql.join(
         institutionIds.map((id) => sql`${id}`),
         sql`, `,
       )})
  `)
  return rows.map((row) => Number(row.id)).filter(Number.isInteger)
}

/**
 * The reply documents of a request are read by whoever handles it: the staff of the handling institution (the
 * colleagues of the one who uploaded them) besides the uploads collection's own readers. Widens that
 * collection's read access by those files only; it marks nothing public.
 */
export const withReplyDocumentsReadable = (
  collection: CollectionConfig,
  options: ResolvedDisclosureRequestsOptions,
): CollectionConfig => {
  const ownRead = collection.access?.read
  const read: Access = async (args) => {
    const own = ownRead ? await ownRead(args) : Boolean(args.req.user)
    const { user } = args.req
    if (own === true || !hasRole(user, ...options.staffRoles)) return own
    const institutions = institutionIdsOf(user).map(Number).filter(Number.isInteger)
    if (institutions.length === 0) return own
    const files = await replyDocumentsOf(args.req, options, institutions)
    if (files.length === 0) return own
    const replyDocuments: Where = { id: { in: files } }
    return own === false ? replyDocuments : { or: [own, replyDocuments] }
  }
  return { ...collection, access: { ...collection.access, read } }
}
