import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { Finding } from '../findings'
import type { StoredState } from '../scanState'
import type { ResolvedContentSecurityOptions } from '../types'

import { optionFor } from '../../../src/lib/platform/slugs'
import { SCAN_CONTEXT_KEY } from '../defaults'
import { blockingMessage } from '../findingMessage'
import { scanDocument, scannedContentOf } from '../scanDocument'
import { loadScanState } from '../scanState'

type Doc = Record<string, unknown>

/** What the gate leaves in `req.context` for the save scan after the write, so the document is scanned once. */
export type GateResult = { collection: string; id: null | number | string; findings: Finding[]; stored: StoredState[] }

/**
 * Before a document is published (the workflow's final approval, a system publish): the data about to be
 * published goes through every check, and a blocking finding the disclosure office has not accepted refuses the
 * write with a 400 naming each. Re-saving a published document without changing what is scanned passes.
 */
export const gatePublish =
  (options: ResolvedContentSecurityOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, operation, req }) => {
    const scanned = optionFor(options.collections, collection.slug)
    const original = originalDoc as Doc | undefined
    // As the workflow's guard reads it: a write to a published document without a status keeps it published.
    if (!scanned || (data._status ?? original?._status) !== 'published') return data
    const merged: Doc = { ...original, ...data }
    if (
      operation === 'update' &&
      original?._status === 'published' &&
      scannedContentOf(original, scanned) === scannedContentOf(merged, scanned)
    ) {
      return data
    }
    const id = (original?.id as number | string | undefined) ?? null
    const { rules, stored } = await loadScanState(
      req,
      options,
      id === null ? undefined : { collection: collection.slug, id },
    )
    const findings = await scanDocument({ req, collection: collection.slug, doc: merged, scanned, rules })
    req.context[SCAN_CONTEXT_KEY] = { collection: collection.slug, id, findings, stored } satisfies GateResult
    const accepted = new Set(stored.filter((state) => state.status === 'accepted').map((state) => state.fingerprint))
    const blocking = findings.filter((finding) => finding.severity === 'block' && !accepted.has(finding.fingerprint))
    if (blocking.length === 0) return data
    throw new ValidationError({
      collection: collection.slug,
      errors: blocking.map((finding) => ({ path: finding.field, message: blockingMessage(finding) })),
    })
  }
