import type { Payload } from 'payload'

import { cacheTags } from '../../../../plugins/portal-publishing/exports/site'
import { cached } from './cached'
import {
  type CatalogueCollection,
  catalogueCollections,
  type Entry,
  institutionFieldOf,
  isLinkable,
  toEntry,
} from './entries'
import { portalPayload } from './payload'

type Doc = Record<string, unknown>

export type CatalogueDocument = { collection: CatalogueCollection; doc: Doc }

const readOptions = { depth: 1, draft: false, overrideAccess: false } as const

const isDoc = (value: unknown): value is Doc => Boolean(value && typeof value === 'object' && 'id' in (value as Doc))

/**
 * The public document an index number names, from whichever catalogue collection holds it. Numbers are
 * unique across collections (the numbering plugin's registry), so at most one answers.
 */
export const loadByIndexNumber = async ({
  payload,
  indexNumber,
}: {
  payload: Payload
  indexNumber: string
}): Promise<CatalogueDocument | null> => {
  const found = await Promise.all(
    catalogueCollections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { indexNumber: { equals: indexNumber } },
        limit: 1,
        ...readOptions,
      })
      return docs[0] ? { collection, doc: docs[0] as unknown as Doc } : null
    }),
  )
  return found.find((result) => result !== null) ?? null
}

/** A document by id, read as the public reads it (drafts and non-public ones are null). */
export const loadById = async ({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: CatalogueCollection
  id: number
}) => {
  const doc = await payload.findByID({ collection, id, disableErrors: true, ...readOptions })
  return doc ? ({ collection, doc: doc as unknown as Doc } satisfies CatalogueDocument) : null
}

export type Relations = {
  /** What this document lists as related (items only), and the documents that list it. */
  related: Entry[]
  relatedFrom: Entry[]
  /** A policy's 解读, and for an item the policies it explains. */
  interpretations: Entry[]
  interprets: Entry[]
  /** A policy's revision chain: the one it replaces and the ones that replace it. */
  replaces: Entry[]
  replacedBy: Entry[]
}

const linkable = (entries: Entry[]) => entries.filter(isLinkable)

const populatedEntries = (collection: CatalogueCollection, values: unknown): Entry[] =>
  linkable(
    (Array.isArray(values) ? values : values ? [values] : []).filter(isDoc).map((doc) => toEntry(collection, doc)),
  )

const findEntries = async (
  payload: Payload,
  collection: CatalogueCollection,
  where: Parameters<Payload['find']>[0]['where'],
) => {
  const { docs } = await payload.find({ collection, where, pagination: false, ...readOptions })
  return linkable((docs as unknown as Doc[]).map((doc) => toEntry(collection, doc)))
}

/** Links between catalogue entries, both ways, keeping only those the public may read. */
export const loadRelations = async ({
  payload,
  collection,
  doc,
}: CatalogueDocument & { payload: Payload }): Promise<Relations> => {
  const id = doc.id as number
  const related = (Array.isArray(doc.related) ? doc.related : [])
    .map((link: { relationTo?: CatalogueCollection; value?: unknown }) =>
      link.relationTo && isDoc(link.value) ? toEntry(link.relationTo, link.value) : null,
    )
    .filter((entry): entry is Entry => entry !== null)
  const relatedFrom = await findEntries(payload, 'disclosure-items', {
    and: [{ 'related.relationTo': { equals: collection } }, { 'related.value': { equals: id } }],
  })
  return {
    related: linkable(related),
    relatedFrom,
    interpretations: collection === 'policies' ? populatedEntries('disclosure-items', doc.interpretations) : [],
    interprets:
      collection === 'disclosure-items'
        ? await findEntries(payload, 'policies', { interpretations: { equals: id } })
        : [],
    replaces: collection === 'policies' ? populatedEntries('policies', doc.replaces) : [],
    replacedBy: collection === 'policies' ? await findEntries(payload, 'policies', { replaces: { equals: id } }) : [],
  }
}

const institutionTag = ({ collection, doc }: CatalogueDocument) => {
  const institution = doc[institutionFieldOf(collection)]
  return isDoc(institution) ? [cacheTags.institution(institution.id as number)] : []
}

/** Any publish may create the document a number names, or a link to it: every catalogue list tag. */
const allLists = catalogueCollections.map(cacheTags.list)

export const getByIndexNumber = (indexNumber: string) =>
  cached({
    key: 'by-index-number',
    input: indexNumber,
    tags: allLists,
    load: async () => loadByIndexNumber({ payload: await portalPayload(), indexNumber }),
  })

export const getRelations = (found: CatalogueDocument) =>
  cached({
    key: 'relations',
    input: { collection: found.collection, id: found.doc.id },
    tags: [...allLists, cacheTags.item(found.collection, found.doc.id as number), ...institutionTag(found)],
    load: async () => loadRelations({ payload: await portalPayload(), ...found }),
  })
