import type { CollectionSlug, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Role } from '../../src/lib/platform/roles'

import { tableOf, versionsTableOf } from '../../src/lib/platform/database/tables'
import { transactionOf } from '../../src/lib/platform/database/transaction'
import { EVENTS_SLUG } from './constants'
import { collectionConfigOf } from './resolveWorkflow'

type Doc = Record<string, unknown>

/**
 * Appends one audit record in the request's transaction, with the newest version of the document (the
 * one the action produced). One statement: the log is append-only and written by this plugin alone
 * (its hooks refuse every other write), so the Local API's hooks, validation and re-read of the new row
 * would add three statements to every action, and the final approval holds the catalogue counter's lock
 * until it commits.
 */
export const recordEvent = async ({
  req,
  collection,
  doc,
  institutionId,
  action,
  fromStage,
  toStage,
  role,
  comment,
  data,
  onBehalfOf = null,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  doc: Doc
  institutionId: unknown
  action: string
  fromStage: string | null
  toStage: string
  role: Role | null
  comment?: string
  data?: Record<string, unknown>
  /** The role of a stranded stage whose staff the actor stood in for. */
  onBehalfOf?: Role | null
}): Promise<{ id: number | string }> => {
  const user = req.user
  const titleField = collectionConfigOf(req.payload, collection)?.admin.useAsTitle ?? 'id'
  const events = tableOf(req, EVENTS_SLUG)
  const versions = versionsTableOf(req, collection)
  const values: Array<[string, unknown]> = [
    ['documentCollection', collection],
    ['documentId', String(doc.id)],
    ['documentTitle', String(doc[titleField] ?? '')],
    [
      'institution',
      typeof institutionId === 'number' ? institutionId : institutionId == null ? null : Number(institutionId),
    ],
    ['action', action],
    ['fromStage', fromStage],
    ['toStage', toStage],
    ['user', user ? user.id : null],
    ['userName', user?.name ?? null],
    ['userEmail', user?.email ?? null],
    ['role', role],
    ['comment', comment?.trim() || null],
    ['data', data && Object.keys(data).length > 0 ? JSON.stringify(data) : null],
    ['onBehalfOf', onBehalfOf],
  ]
  // Payload's own timestamps: the moment of writing (PostgreSQL's now() is the transaction's start).
  const now = new Date().toISOString()
  const newestVersion = sql`(select ${versions.id}::text from ${versions} where ${versions.parent} = ${doc.id}
    order by ${versions.updatedAt} desc, ${versions.createdAt} desc limit 1)`
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    insert into ${events} (${sql.join(
      [...values.map(([field]) => events[field]!), events.version, events.updatedAt, events.createdAt].map((column) =>
        sql.identifier(column.name),
      ),
      sql`, `,
    )})
    values (${sql.join(
      [...values.map(([, value]) => sql`${value}`), newestVersion, sql`${now}`, sql`${now}`],
      sql`, `,
    )})
    returning ${events.id} as "id"`)
  return { id: rows[0]!.id as number | string }
}
