import type { CollectionSlug } from 'payload'

import type { DocumentRecord } from '../../src/lib/platform/documentRecord'
import type { ResolvedWorkflowOptions } from './types'

import { PROACTIVE_DISCLOSURE } from '../../src/lib/platform/disclosureMethod'

/**
 * The day the Art. 26 deadline counts from (the collection's `deadlineFrom` field, else the document's
 * creation), or null when no deadline applies: a document not disclosed proactively, or one without a date.
 * One rule for the workflow state and the 待办 list.
 */
export const deadlineStartOf = ({
  options,
  collection,
  doc,
}: {
  options: ResolvedWorkflowOptions
  collection: CollectionSlug
  doc: DocumentRecord
}): null | string => {
  if ('disclosureMethod' in doc && doc.disclosureMethod !== PROACTIVE_DISCLOSURE) return null
  const field = options.deadlineFrom[collection]
  const from = (field ? doc[field] : undefined) ?? doc.createdAt
  return typeof from === 'string' ? from : null
}
