import type { Payload } from 'payload'

import { cacheTags } from '../../../../plugins/portal-publishing/exports/site'
import { cached } from './cached'
import { type Entry, isLinkable, listEntries } from './entries'
import { portalPayload } from './payload'

/**
 * Disclosures (信息 and 政策文件) in the latest list; service guides have their own column, and their only
 * date is the last edit, which would push real news off the home page.
 */
const latestCollections = ['disclosure-items', 'policies'] as const

/** The newest public disclosures, newest first (the home page). */
export const loadLatest = async ({ payload, limit = 10 }: { payload: Payload; limit?: number }): Promise<Entry[]> => {
  const pages = await Promise.all(latestCollections.map((collection) => listEntries({ payload, collection, limit })))
  return pages
    .flatMap((page) => page.entries)
    .filter(isLinkable)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, limit)
}

export const getLatest = (limit = 10) =>
  cached({
    key: 'latest',
    input: { limit },
    tags: latestCollections.map(cacheTags.list),
    load: async () => loadLatest({ payload: await portalPayload(), limit }),
  })
