import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedContentSecurityOptions } from '../types'
import type { GateResult } from './gatePublish'

import { relationId } from '../../../src/lib/platform/ids'
import { optionFor } from '../../../src/lib/platform/slugs'
import { SCAN_CONTEXT_KEY } from '../defaults'
import { scanDocument } from '../scanDocument'
import { loadScanState } from '../scanState'
import { isUnchanged, syncFindings } from '../syncFindings'

/**
 * After every save, in its transaction: the document's findings are stored (the report on the document), found
 * ones upserted, ones no longer found resolved, accepted ones kept. A publish reuses the gate's scan and writes
 * only when something changed, so the publish path pays no statement for an unchanged report.
 */
export const scanOnSave =
  (options: ResolvedContentSecurityOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const scanned = optionFor(options.collections, collection.slug)
    if (!scanned) return doc
    const gate = req.context[SCAN_CONTEXT_KEY] as GateResult | undefined
    const isGated =
      gate !== undefined &&
      gate.collection === collection.slug &&
      (gate.id === null || String(gate.id) === String(doc.id))
    if (isGated) delete req.context[SCAN_CONTEXT_KEY]
    const document = { collection: collection.slug, id: doc.id as number | string }
    const { findings, stored } = isGated
      ? gate
      : await loadScanState(req, options, document).then(async ({ rules, stored: state }) => ({
          findings: await scanDocument({ req, collection: collection.slug, doc, scanned, rules }),
          stored: state,
        }))
    if (isGated && isUnchanged(findings, stored)) return doc
    await syncFindings({
      req,
      document,
      institution: relationId(doc[scanned.institutionField]),
      findings,
      source: isGated ? 'publish' : 'save',
    })
    return doc
  }
