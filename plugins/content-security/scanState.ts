import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { FindingSeverity, ScanRules } from './findings'
import type { ResolvedContentSecurityOptions } from './types'

import { tableOf } from '../../src/lib/platform/database/tables'
import { transactionOf } from '../../src/lib/platform/database/transaction'
import { FINDINGS_SLUG, WORDS_SLUG } from './defaults'

/** A finding as stored for one document: enough to tell accepted from open, and whether anything changed. */
export type StoredState = { fingerprint: string; status: 'accepted' | 'open' | 'resolved'; severity: FindingSeverity }

export type DocumentRef = { collection: string; id: number | string }

/**
 * The rules (the word list, the official names) and, for one document, its stored findings, in one statement of
 * the request's transaction: the publish path pays one statement for the whole gate, whatever the list's size.
 */
export const loadScanState = async (
  req: PayloadRequest,
  options: ResolvedContentSecurityOptions,
  document?: DocumentRef,
): Promise<{ rules: ScanRules; stored: StoredState[] }> => {
  const words = tableOf(req, WORDS_SLUG)
  const institutions = tableOf(req, options.institutionsCollection)
  const findings = tableOf(req, FINDINGS_SLUG)
  const name = institutions[options.institutionNameField]
  if (!name)
    throw new Error(
      `contentSecurity: "${options.institutionsCollection}" has no field "${options.institutionNameField}"`,
    )
  const stored = document
    ? sql`(select coalesce(json_agg(json_build_object('fingerprint', ${findings.fingerprint}, 'status', ${findings.status},
        'severity', ${findings.severity})), '[]'::json) from ${findings}
        where ${findings.documentCollection} = ${document.collection} and ${findings.documentId} = ${String(document.id)})`
    : sql`'[]'::json`
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`select
    (select coalesce(json_agg(json_build_object('term', ${words.term}, 'severity', ${words.severity},
      'category', ${words.category})), '[]'::json) from ${words}) as "words",
    (select coalesce(json_agg(distinct ${name}), '[]'::json) from ${institutions} where ${name} is not null) as "names",
    ${stored} as "stored"`)
  const row = rows[0] as { words: ScanRules['words']; names: string[]; stored: StoredState[] }
  return {
    rules: {
      words: row.words,
      officialNames: [...new Set([...row.names, ...options.knownPlaceNames])],
      allowedLinkDomains: options.allowedLinkDomains,
    },
    stored: row.stored,
  }
}

/**
 * The stored findings of many documents of one collection in one statement, by document id: the rescan reads a
 * batch's states at once and writes only the documents whose findings changed.
 */
export const loadStoredStates = async (
  req: PayloadRequest,
  collection: string,
  ids: readonly (number | string)[],
): Promise<Map<string, StoredState[]>> => {
  const findings = tableOf(req, FINDINGS_SLUG)
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`select ${findings.documentId} as "documentId",
      json_agg(json_build_object('fingerprint', ${findings.fingerprint}, 'status', ${findings.status},
        'severity', ${findings.severity})) as "stored"
    from ${findings}
    where ${findings.documentCollection} = ${collection} and ${findings.documentId} = any(${sql.param(ids.map(String))}::text[])
    group by ${findings.documentId}`)
  return new Map(
    (rows as Array<{ documentId: string; stored: StoredState[] }>).map((row) => [row.documentId, row.stored]),
  )
}
