import type { Role } from '../../../src/lib/platform/roles'

import { roles } from '../../../src/lib/platform/roles'

/**
 * The access matrix, as data: for every role and for anonymous readers, what each may read and
 * change. The spec files expand it into one test per cell and per door (Local API, REST, GraphQL).
 * It is the issue's statement of who may do what, written down independently of collections/access/.
 */

export type Actor = 'anonymous' | Role

export const actors: readonly Actor[] = ['anonymous', ...roles]

/** Institution-scoped roles belong to the `own` institution of a test file; the others to none. */
export const scopedActors: readonly Actor[] = ['signer', 'secrecy-reviewer', 'reviewer', 'editor']

export type Door = 'local' | 'rest' | 'graphql'

export const doors: readonly Door[] = ['local', 'rest', 'graphql']

// Content collections ------------------------------------------------------------------------------

export type ContentSlug = 'disclosure-items' | 'policies' | 'approval-services' | 'officials'

export type ContentCollection = {
  slug: ContentSlug
  /** The relationship naming the owning institution. */
  institutionField: 'institution' | 'issuer'
  /** The field shown as the document's name. */
  titleField: 'title' | 'name'
  /** Officials carry no 公开方式: every published official is public. */
  hasDisclosureMethod: boolean
}

export const contentCollections: readonly ContentCollection[] = [
  { slug: 'disclosure-items', institutionField: 'institution', titleField: 'title', hasDisclosureMethod: true },
  { slug: 'policies', institutionField: 'issuer', titleField: 'title', hasDisclosureMethod: true },
  { slug: 'approval-services', institutionField: 'institution', titleField: 'name', hasDisclosureMethod: true },
  { slug: 'officials', institutionField: 'institution', titleField: 'name', hasDisclosureMethod: false },
]

export type Placement = 'own' | 'other'
export type Status = 'draft' | 'published'
export type Method = 'proactive' | 'on-request' | 'not-disclosed'

/** One kind of document in the matrix: whose, how far along, how disclosed. */
export type ContentCase = { placement: Placement; status: Status; method?: Method }

/** Every kind of document a content collection holds, for both institutions. */
export const contentCases = (collection: ContentCollection): ContentCase[] => {
  const kinds: Array<Omit<ContentCase, 'placement'>> = collection.hasDisclosureMethod
    ? [
        { status: 'draft', method: 'proactive' },
        { status: 'published', method: 'proactive' },
        { status: 'published', method: 'on-request' },
        { status: 'published', method: 'not-disclosed' },
      ]
    : [{ status: 'draft' }, { status: 'published' }]
  return (['own', 'other'] as const).flatMap((placement) => kinds.map((kind) => ({ placement, ...kind })))
}

/** The documents a write test works on: draft and published, own and other institution. */
export const writeCases: readonly ContentCase[] = [
  { placement: 'own', status: 'draft', method: 'proactive' },
  { placement: 'own', status: 'published', method: 'proactive' },
  { placement: 'other', status: 'draft', method: 'proactive' },
  { placement: 'other', status: 'published', method: 'proactive' },
]

export const describeCase = ({ placement, status, method }: ContentCase): string =>
  `${placement === 'own' ? 'its own institution’s' : 'another institution’s'} ${status}${method ? ` ${method}` : ''} document`

/**
 * How far a permission reaches.
 * - everything: every document of every institution
 * - own-or-public: the actor's institutions' documents, and what the public reads
 * - own: the actor's institutions' documents only
 * - public: published and (where the collection has one) 主动公开 documents only
 * - nothing
 */
export type Reach = 'everything' | 'own-or-public' | 'own' | 'public' | 'nothing'

export type ContentPermissions = { read: Reach; readVersions: Reach; create: Reach; update: Reach; delete: Reach }

const institutionStaff: ContentPermissions = {
  read: 'own-or-public',
  readVersions: 'own',
  create: 'nothing',
  update: 'own',
  delete: 'nothing',
}
const publicReader: ContentPermissions = {
  read: 'public',
  readVersions: 'nothing',
  create: 'nothing',
  update: 'nothing',
  delete: 'nothing',
}
const allInstitutions: ContentPermissions = {
  read: 'everything',
  readVersions: 'everything',
  create: 'everything',
  update: 'everything',
  delete: 'everything',
}

export const contentMatrix: Record<Actor, ContentPermissions> = {
  anonymous: publicReader,
  admin: allInstitutions,
  'disclosure-office': allInstitutions,
  signer: institutionStaff,
  'secrecy-reviewer': institutionStaff,
  reviewer: institutionStaff,
  // Only editors draft new documents, and only for their own institutions.
  editor: { ...institutionStaff, create: 'own' },
  // Bulletin editors assemble issues from what is already public.
  'bulletin-editor': publicReader,
}

export const isPublicCase = ({ status, method }: ContentCase): boolean =>
  status === 'published' && (method ?? 'proactive') === 'proactive'

export const reaches = (reach: Reach, documentCase: ContentCase): boolean => {
  switch (reach) {
    case 'everything':
      return true
    case 'own-or-public':
      return documentCase.placement === 'own' || isPublicCase(documentCase)
    case 'own':
      return documentCase.placement === 'own'
    case 'public':
      return isPublicCase(documentCase)
    case 'nothing':
      return false
  }
}

/**
 * Internal review notes: the disclosure office and admins, and the staff of the document's own
 * institution; never the public, bulletin editors, or another institution's staff.
 */
export const reviewNotesMatrix: Record<Actor, Reach> = {
  anonymous: 'nothing',
  admin: 'everything',
  'disclosure-office': 'everything',
  signer: 'own',
  'secrecy-reviewer': 'own',
  reviewer: 'own',
  editor: 'own',
  'bulletin-editor': 'nothing',
}

// Reference data -----------------------------------------------------------------------------------

export type ReferencePermissions = {
  /** `public`: published institutions, public files; `everything`: drafts and private files too. */
  read: 'everything' | 'public'
  create: boolean
  update: boolean
  delete: boolean
}

const readOnly = (read: ReferencePermissions['read']): ReferencePermissions => ({
  read,
  create: false,
  update: false,
  delete: false,
})
const maintainer: ReferencePermissions = { read: 'everything', create: true, update: true, delete: true }

/** Institutions: the public reads published ones; staff read all; the disclosure office maintains them. */
export const institutionsMatrix: Record<Actor, ReferencePermissions> = {
  anonymous: readOnly('public'),
  admin: maintainer,
  'disclosure-office': maintainer,
  signer: readOnly('everything'),
  'secrecy-reviewer': readOnly('everything'),
  reviewer: readOnly('everything'),
  editor: readOnly('everything'),
  'bulletin-editor': readOnly('everything'),
}

/** Categories: everyone reads the taxonomies; the disclosure office maintains them. */
export const categoriesMatrix: Record<Actor, ReferencePermissions> = {
  anonymous: readOnly('everything'),
  admin: maintainer,
  'disclosure-office': maintainer,
  signer: readOnly('everything'),
  'secrecy-reviewer': readOnly('everything'),
  reviewer: readOnly('everything'),
  editor: readOnly('everything'),
  'bulletin-editor': readOnly('everything'),
}

const uploader: ReferencePermissions = { read: 'public', create: true, update: true, delete: false }

/**
 * Files: the public reads files marked public; editors and bulletin editors upload; the office deletes. A private
 * file no document uses (the subjects here, made by the system) is the office's and admins' alone among staff;
 * the files of an institution's documents and one's own uploads are tests/int/collections/media.int.spec.ts's.
 */
export const mediaMatrix: Record<Actor, ReferencePermissions> = {
  anonymous: readOnly('public'),
  admin: maintainer,
  'disclosure-office': maintainer,
  signer: readOnly('public'),
  'secrecy-reviewer': readOnly('public'),
  reviewer: readOnly('public'),
  editor: uploader,
  'bulletin-editor': uploader,
}

/** Users: `self` or `everyone` for read and update; only admins create and delete accounts. */
export type UserPermissions = {
  read: 'everyone' | 'self' | 'nobody'
  update: 'everyone' | 'self' | 'nobody'
  create: boolean
  delete: boolean
  /** Whose e-mail address the actor sees. */
  email: 'everyone' | 'self' | 'nobody'
}

const colleague: UserPermissions = { read: 'self', update: 'self', create: false, delete: false, email: 'self' }

export const usersMatrix: Record<Actor, UserPermissions> = {
  anonymous: { read: 'nobody', update: 'nobody', create: false, delete: false, email: 'nobody' },
  admin: { read: 'everyone', update: 'everyone', create: true, delete: true, email: 'everyone' },
  // The office looks staff up by name and role; e-mail addresses stay with admins.
  'disclosure-office': { ...colleague, read: 'everyone' },
  signer: colleague,
  'secrecy-reviewer': colleague,
  reviewer: colleague,
  editor: colleague,
  'bulletin-editor': colleague,
}

// Disclosure requests ------------------------------------------------------------------------------

/** `own`: the requests the actor's institutions handle; never public, in whole or in part (personal data). */
export type RequestPermissions = { read: 'everything' | 'own' | 'nothing'; create: 'everything' | 'own' | 'nothing' }

const requestStaff: RequestPermissions = { read: 'own', create: 'own' }
const noRequests: RequestPermissions = { read: 'nothing', create: 'nothing' }

/** 依申请公开: the handling institution's staff and the disclosure office; nobody else, the public least of all. */
export const disclosureRequestsMatrix: Record<Actor, RequestPermissions> = {
  anonymous: noRequests,
  admin: { read: 'everything', create: 'everything' },
  'disclosure-office': { read: 'everything', create: 'everything' },
  signer: requestStaff,
  'secrecy-reviewer': requestStaff,
  reviewer: requestStaff,
  editor: requestStaff,
  'bulletin-editor': noRequests,
}

// Annual reports ----------------------------------------------------------------------------------

/**
 * 政府信息公开年度报告: a catalogue document with no 公开方式 (every published report is public), under the same
 * rules as the content collections: the public reads published reports, staff their institutions' drafts too,
 * editors start their own institution's, the office any.
 */
export const annualReportsMatrix: Record<Actor, ContentPermissions> = contentMatrix

export const contentCollection = (slug: ContentSlug): ContentCollection =>
  contentCollections.find((collection) => collection.slug === slug)!
