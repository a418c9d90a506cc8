import type { RevalidateTags } from './types'

/**
 * Expires the tags in Next.js's cache at once (`expire: 0`), so the next request renders fresh data
 * rather than serving the stale page once more. Outside a Next.js server (seed, CLI, Local API in tests)
 * there is no cache to expire and `revalidateTag` throws: that is not an error of the publish.
 */
export const revalidateInNext: RevalidateTags = async (tags) => {
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    // No Next.js request store (static generation store / incremental cache) here.
  }
}
