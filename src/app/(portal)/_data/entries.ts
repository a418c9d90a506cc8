import type { Payload, SelectIncludeType, Where } from 'payload'

import { asDocumentRecord } from '../../../lib/platform/documentRecord'
/** The catalogue collections (公开目录), and the field naming each one's institution. */
export const catalogueCollections = ['disclosure-items', 'policies', 'approval-services'] as const
export type CatalogueCollection = (typeof catalogueCollections)[number]

export const isCatalogueCollection = (value: string): value is CatalogueCollection =>
  (catalogueCollections as readonly string[]).includes(value)

export const institutionFieldOf = (collection: CatalogueCollection): 'issuer' | 'institution' =>
  collection === 'policies' ? 'issuer' : 'institution'

const titleFieldOf = (collection: CatalogueCollection) => (collection === 'approval-services' ? 'name' : 'title')

/** The date a reader sorts by: made (items), published or written (policies), last change (services). */
export const dateFieldOf = (collection: CatalogueCollection) =>
  collection === 'disclosure-items' ? 'dateMade' : collection === 'policies' ? 'datePublished' : 'updatedAt'

/** One line of a list: what every list, feed and search result needs, nothing more. */
export type Entry = {
  collection: CatalogueCollection
  id: number
  title: string
  indexNumber: string | null
  date: string | null
  documentNumber: string | null
  summary: string | null
  institution: { id: number; name: string } | null
}

type Doc = Record<string, unknown>

const related = (value: unknown): Doc | null => (value && typeof value === 'object' ? (value as Doc) : null)

export const toEntry = (collection: CatalogueCollection, doc: Doc): Entry => {
  const institution = related(doc[institutionFieldOf(collection)])
  const dateValue = doc[dateFieldOf(collection)] ?? (collection === 'policies' ? doc.dateWritten : null)
  return {
    collection,
    id: doc.id as number,
    title: String(doc[titleFieldOf(collection)] ?? ''),
    indexNumber: (doc.indexNumber as string | null | undefined) ?? null,
    date: typeof dateValue === 'string' ? dateValue : null,
    documentNumber: (doc.documentNumber as string | null | undefined) ?? null,
    summary: (doc.summary as string | null | undefined) ?? null,
    institution: institution
      ? { id: institution.id as number, name: String(institution.shortName || institution.name) }
      : null,
  }
}

/** Only what links somewhere: a published catalogue entry always has its index number. */
export const isLinkable = (entry: Entry): entry is Entry & { indexNumber: string } => Boolean(entry.indexNumber)

/** The permalink; each part of the index number encoded, its slash kept (`/catalogue/<front>/<back>`). */
export const entryPath = (indexNumber: string): string =>
  `/catalogue/${indexNumber.split('/').map(encodeURIComponent).join('/')}`

/** The fields a list needs (select keeps the rich text bodies out of list queries). */
export const entrySelect = (collection: CatalogueCollection): SelectIncludeType => ({
  [titleFieldOf(collection)]: true,
  indexNumber: true,
  [dateFieldOf(collection)]: true,
  ...(collection === 'policies' ? { dateWritten: true } : {}),
  ...(collection === 'approval-services' ? {} : { documentNumber: true }),
  ...(collection === 'disclosure-items' ? { summary: true } : {}),
  [institutionFieldOf(collection)]: true,
})

export type ListArgs = {
  payload: Payload
  collection: CatalogueCollection
  where?: Where
  page?: number
  limit?: number
}

export type EntryPage = { entries: Entry[]; page: number; totalPages: number; totalDocs: number }

/**
 * A page of public entries. No user and `overrideAccess: false`: the collection's access rules decide,
 * so the portal shows exactly what the public may read (published, 主动公开), as the REST API would.
 */
export const listEntries = async ({
  payload,
  collection,
  where,
  page = 1,
  limit = 20,
}: ListArgs): Promise<EntryPage> => {
  const result = await payload.find({
    collection,
    where,
    page,
    limit,
    depth: 1,
    draft: false,
    overrideAccess: false,
    sort: `-${dateFieldOf(collection)}`,
    select: entrySelect(collection),
    populate: { institutions: { name: true, shortName: true } },
  })
  return {
    entries: result.docs.map((doc) => toEntry(collection, asDocumentRecord(doc))),
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}
