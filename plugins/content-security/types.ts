import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Role } from '../../src/lib/platform/roles'

/** What is scanned in one collection's documents. */
export type ScannedCollection = {
  /**
   * Text and rich-text fields to scan; dotted paths reach into arrays (`materials.name`).
   * @default ['title', 'summary', 'body']
   */
  fields?: string[]
  /**
   * Upload fields (single or hasMany) whose files' text is scanned where it can be extracted (text, HTML, PDF).
   * @default []
   */
  attachments?: string[]
  /**
   * The relationship field naming the document's institution: staff read the findings of their institutions' documents.
   * @default 'institution'
   */
  institutionField?: string
}

/** One finding as it is stored, handed to `onFindingAccepted`. */
export type StoredFinding = {
  id: number | string
  documentCollection: string
  documentId: string
  institution?: number | null | { id: number }
  check: string
  severity: string
  field: string
  match: string
  fingerprint: string
  status: string
}

export type ContentSecurityOptions = {
  /**
   * The collections whose documents are scanned on every draft save and before publication, with their fields.
   * @default { 'disclosure-items': {}, policies: { institutionField: 'issuer' }, 'approval-services': {} }
   */
  collections?: Partial<Record<CollectionSlug, ScannedCollection>>
  /**
   * The collection holding the official names of institutions (a name in “…人民政府” that is none of them is reported).
   * @default 'institutions'
   */
  institutionsCollection?: CollectionSlug
  /**
   * The field of `institutionsCollection` with an institution's full name; its short name field is read too if given.
   * @default 'name'
   */
  institutionNameField?: string
  /**
   * Official names known besides the institutions: the superior places (盟市、自治区) and neighbours documents name.
   * @default []
   */
  knownPlaceNames?: string[]
  /**
   * Domains outbound links may point to without a finding (subdomains included).
   * @default ['gov.cn']
   */
  allowedLinkDomains?: string[]
  /**
   * Called in the request's transaction when the disclosure office accepts a finding as a false positive, e.g. to
   * write the audit log. An error refuses the acceptance.
   */
  onFindingAccepted?: (args: { req: PayloadRequest; finding: StoredFinding; reason: string }) => Promise<void> | void
  /**
   * Roles that manage the word list, read every finding and accept findings.
   * @default ['admin', 'disclosure-office']
   */
  officeRoles?: Role[]
  /**
   * Documents read per batch by the rescan task.
   * @default 100
   */
  rescanBatchSize?: number
  /**
   * When the nightly rescan is queued (Payload jobs `schedule`, croner syntax with seconds); `false`: never.
   * @default '0 30 2 * * *' (02:30 every night)
   */
  nightlyCron?: false | string
  /**
   * Run the `content-security` queue in every app process (Payload's autoRun); `false` leaves it to a worker
   * (`payload jobs:run --queue content-security`).
   * @default true
   */
  autoRun?: boolean
  /**
   * Keep the collections (so the database schema stays the same) but scan nothing, gate nothing and serve no endpoint.
   * @default false
   */
  disabled?: boolean
}

export type ResolvedScannedCollection = Required<ScannedCollection>

export type ResolvedContentSecurityOptions = Required<
  Omit<ContentSecurityOptions, 'collections' | 'onFindingAccepted'>
> & {
  collections: Partial<Record<CollectionSlug, ResolvedScannedCollection>>
  onFindingAccepted?: ContentSecurityOptions['onFindingAccepted']
}
