import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Column } from '../../src/lib/platform/database/tables'
import type { Finding } from './findings'
import type { DocumentRef, StoredState } from './scanState'

import { tableOf } from '../../src/lib/platform/database/tables'
import { transactionOf } from '../../src/lib/platform/database/transaction'
import { FINDINGS_SLUG } from './defaults'

export type FindingSource = 'publish' | 'rescan' | 'save'

/** A select field's column is a PostgreSQL enum: text from parameters is cast to it by name. */
const asEnum = (column: Column, value: ReturnType<typeof sql>) =>
  sql`${value}::${sql.identifier((column as Column & { getSQLType: () => string }).getSQLType())}`

/** Whether writing the findings would change nothing stored: no new finding, none to reopen or resolve. */
export const isUnchanged = (findings: Finding[], stored: StoredState[]): boolean => {
  const byFingerprint = new Map(stored.map((state) => [state.fingerprint, state]))
  const found = new Set(findings.map((finding) => finding.fingerprint))
  return (
    findings.every((finding) => {
      const state = byFingerprint.get(finding.fingerprint)
      return state !== undefined && state.status !== 'resolved' && state.severity === finding.severity
    }) && stored.every((state) => state.status !== 'open' || found.has(state.fingerprint))
  )
}

/**
 * Stores a document's findings in one statement of the request's transaction: each upserted by (document,
 * fingerprint) (a resolved one found again reopens, an accepted one stays accepted), and every open finding
 * not found again resolved.
 */
export const syncFindings = async ({
  req,
  document,
  institution,
  findings,
  source,
}: {
  req: PayloadRequest
  document: DocumentRef
  institution: null | number
  findings: Finding[]
  source: FindingSource
}): Promise<void> => {
  const table = tableOf(req, FINDINGS_SLUG)
  const now = new Date().toISOString()
  const column = (name: string) => sql.identifier(table[name]!.name)
  // One array parameter per column (drizzle would spread a plain array into a list of parameters).
  const list = (pick: (finding: Finding) => string) => sql.param(findings.map(pick))
  const docId = String(document.id)
  const db = await transactionOf(req)
  await db.execute(sql`with found as (
      select * from unnest(${list((f) => f.fingerprint)}::text[], ${list((f) => f.check)}::text[],
        ${list((f) => f.severity)}::text[], ${list((f) => f.field)}::text[], ${list((f) => f.match)}::text[],
        ${list((f) => f.context)}::text[], ${list((f) => `${f.message.zh}\n${f.message.en}`)}::text[])
        as t(fingerprint, "check", severity, field, match, context, message)
    ), resolved as (
      update ${table} set ${column('status')} = 'resolved', ${column('updatedAt')} = ${now}
      where ${table.documentCollection} = ${document.collection} and ${table.documentId} = ${docId}
        and ${table.status} = 'open' and ${table.fingerprint} not in (select fingerprint from found)
    )
    insert into ${table} (${sql.join(
      [
        'documentCollection',
        'documentId',
        'institution',
        'check',
        'severity',
        'field',
        'match',
        'context',
        'fingerprint',
        'message',
        'status',
        'firstSeen',
        'lastSeen',
        'source',
        'updatedAt',
        'createdAt',
      ].map(column),
      sql`, `,
    )})
    select ${document.collection}, ${docId}, ${institution}::integer, ${asEnum(table.check!, sql`found."check"`)},
      ${asEnum(table.severity!, sql`found.severity`)}, found.field, found.match, found.context, found.fingerprint,
      found.message, 'open', ${now}, ${now}, ${asEnum(table.source!, sql`${source}`)}, ${now}, ${now}
    from found
    on conflict (${sql.join(['documentCollection', 'documentId', 'fingerprint'].map(column), sql`, `)}) do update set
      ${column('institution')} = excluded.${column('institution')},
      ${column('check')} = excluded.${column('check')},
      ${column('severity')} = excluded.${column('severity')},
      ${column('field')} = excluded.${column('field')},
      ${column('match')} = excluded.${column('match')},
      ${column('context')} = excluded.${column('context')},
      ${column('message')} = excluded.${column('message')},
      ${column('lastSeen')} = excluded.${column('lastSeen')},
      ${column('source')} = excluded.${column('source')},
      ${column('updatedAt')} = excluded.${column('updatedAt')},
      ${column('status')} = case when ${table}.${column('status')} = 'resolved' then 'open'
        else ${table}.${column('status')} end`)
}
