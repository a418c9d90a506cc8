import type { Payload } from 'payload'

import { cacheTags } from '../../../../plugins/portal-publishing/exports/site'
import { cached } from './cached'
import { catalogueCollections, type Entry, institutionFieldOf, isLinkable, listEntries } from './entries'
import { portalPayload } from './payload'

type Doc = Record<string, unknown>

export type InstitutionPage = {
  institution: Doc
  leaders: Doc[]
  /** Its newest public entries, all catalogue collections together. */
  latest: Entry[]
}

/** An institution with its functions, guide, leaders (in protocol order) and newest entries; null if not public. */
export const loadInstitution = async ({
  payload,
  id,
}: {
  payload: Payload
  id: number
}): Promise<InstitutionPage | null> => {
  const institution = await payload.findByID({
    collection: 'institutions',
    id,
    depth: 0,
    draft: false,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!institution) return null
  const [leaders, ...pages] = await Promise.all([
    payload.find({
      collection: 'officials',
      where: { and: [{ institution: { equals: id } }, { termEnd: { exists: false } }] },
      pagination: false,
      depth: 1,
      draft: false,
      overrideAccess: false,
      sort: 'order',
    }),
    ...catalogueCollections.map((collection) =>
      listEntries({ payload, collection, where: { [institutionFieldOf(collection)]: { equals: id } }, limit: 10 }),
    ),
  ])
  return {
    institution: institution as unknown as Doc,
    leaders: leaders.docs as unknown as Doc[],
    latest: pages
      .flatMap((page) => page.entries)
      .filter(isLinkable)
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
      .slice(0, 10),
  }
}

export const getInstitution = (id: number) =>
  cached({
    key: 'institution',
    input: id,
    tags: [
      cacheTags.institution(id),
      cacheTags.list('institutions'),
      cacheTags.list('officials'),
      ...catalogueCollections.map(cacheTags.list),
    ],
    load: async () => loadInstitution({ payload: await portalPayload(), id }),
  })

/** One official's page (résumé); only while published. */
export const loadOfficial = async ({ payload, id }: { payload: Payload; id: number }) =>
  (await payload.findByID({
    collection: 'officials',
    id,
    depth: 1,
    draft: false,
    overrideAccess: false,
    disableErrors: true,
  })) as unknown as Doc | null

export const getOfficial = (id: number) =>
  cached({
    key: 'official',
    input: id,
    tags: [cacheTags.item('officials', id), cacheTags.list('officials')],
    load: async () => loadOfficial({ payload: await portalPayload(), id }),
  })
