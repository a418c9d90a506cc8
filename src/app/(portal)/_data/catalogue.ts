import type { Payload, Where } from 'payload'

import { cacheTags, countPublicItems } from '../../../../plugins/portal-publishing/exports/site'
import { cached } from './cached'
import { yearRange } from './dates'
import { type EntryPage, listEntries } from './entries'
import { loadInstitutionTree, subtreeIds } from './institutions'
import { portalPayload } from './payload'

export type CatalogueFilter = { institution?: number; theme?: number; genre?: number; year?: number; page?: number }

export type Facet = { id: number; name: string; count: number }

export type CatalogueFacets = {
  /** Items per institution, the institution's own only; the page adds up subtrees. */
  institutions: Record<number, number>
  themes: Facet[]
  genres: Facet[]
  years: Array<{ year: number; count: number }>
  total: number
}

export const PAGE_SIZE = 20

/** The `where` of a catalogue filter; an institution includes the offices under it. */
export const catalogueWhere = async ({
  payload,
  filter,
}: {
  payload: Payload
  filter: CatalogueFilter
}): Promise<Where> => {
  const and: Where[] = []
  if (filter.institution) {
    const ids = subtreeIds(await loadInstitutionTree({ payload }), filter.institution)
    and.push({ institution: { in: ids.length > 0 ? ids : [filter.institution] } })
  }
  if (filter.theme) and.push({ theme: { equals: filter.theme } })
  if (filter.genre) and.push({ genre: { equals: filter.genre } })
  if (filter.year) and.push({ dateMade: yearRange(filter.year) })
  return { and }
}

/** A page of the 公开目录 (disclosure items), filtered. */
export const loadCataloguePage = async ({
  payload,
  filter,
}: {
  payload: Payload
  filter: CatalogueFilter
}): Promise<EntryPage> =>
  listEntries({
    payload,
    collection: 'disclosure-items',
    where: await catalogueWhere({ payload, filter }),
    page: filter.page ?? 1,
    limit: PAGE_SIZE,
  })

const categoryFacets = async (
  payload: Payload,
  kind: 'theme' | 'genre',
  counts: Map<number, number>,
): Promise<Facet[]> => {
  // Reference data: a few dozen categories, read as the public reads them (a hidden one is not offered).
  const { docs } = await payload.find({
    collection: 'categories',
    where: { kind: { equals: kind } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    sort: 'order',
    select: { name: true },
  })
  return docs
    .filter((doc) => counts.has(doc.id))
    .map((doc) => ({ id: doc.id, name: doc.name, count: counts.get(doc.id)! }))
}

/** How many public items each institution, theme, genre and year has: the counts beside the browse links. */
export const loadCatalogueFacets = async ({ payload }: { payload: Payload }): Promise<CatalogueFacets> => {
  const counts = await countPublicItems(payload)
  return {
    institutions: Object.fromEntries(counts.institutions),
    themes: await categoryFacets(payload, 'theme', counts.themes),
    genres: await categoryFacets(payload, 'genre', counts.genres),
    years: [...counts.years].map(([year, total]) => ({ year, count: total })).sort((a, b) => b.year - a.year),
    total: counts.total,
  }
}

const catalogueTags = [cacheTags.list('disclosure-items'), cacheTags.list('institutions'), cacheTags.list('categories')]

export const getCataloguePage = (filter: CatalogueFilter) =>
  cached({
    key: 'catalogue-page',
    input: filter,
    tags: catalogueTags,
    load: async () => loadCataloguePage({ payload: await portalPayload(), filter }),
  })

export const getCatalogueFacets = () =>
  cached({
    key: 'catalogue-facets',
    input: null,
    tags: catalogueTags,
    load: async () => loadCatalogueFacets({ payload: await portalPayload() }),
  })
