import { unstable_cache } from 'next/cache'

import { singleFlight } from '../../../lib/singleFlight'

/**
 * Fallback lifetime of cached portal data, in seconds. Publishing revalidates the tags at once (the
 * portal-publishing plugin); this only bounds what no tag covers, such as a renamed category.
 */
export const PORTAL_REVALIDATE_SECONDS = 3600

type CachedArgs<T> = {
  /** Names the query; with the JSON of `input` it is the cache key. */
  key: string
  input: unknown
  tags: string[]
  load: () => Promise<T>
}

const loads = singleFlight<unknown>()

/**
 * Portal reads go through the Next.js data cache, tagged with what they show (plugins/portal-publishing/
 * cacheTags.ts), so a page costs no database query until a publish, change or withdrawal revalidates it.
 * Results must be JSON: Payload documents are. Every request still asks the cache (so the page records
 * its tags); only the load behind a miss is shared, so concurrent misses of one key compute once.
 */
export const cached = <T>({ key, input, tags, load }: CachedArgs<T>): Promise<T> => {
  const keyParts = ['portal', key, JSON.stringify(input ?? null)]
  const shared = () => loads(keyParts.join('\u0000'), load) as Promise<T>
  return unstable_cache(shared, keyParts, { tags, revalidate: PORTAL_REVALIDATE_SECONDS })()
}
