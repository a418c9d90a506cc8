/**
 * A response cache of one process (the anonymous API cache, the portal page cache): responses by key, evicted least recently used by bytes, each
 * entry filed under the portal cache tags that invalidate it. A generation counter, raised by every
 * invalidation, lets a reader that started before an invalidation of one of its tags refuse to store
 * what it read: a withdrawal committing while a read is in flight must not leave the withdrawn document
 * cached. Per tag, so a slow list is not refused forever by a stream of unrelated invalidations.
 */

/** Filed under this tag, an entry goes with every invalidation (GraphQL can read anything). */
export const ANY_CHANGE_TAG = '*'

export type CachedResponse = {
  status: number
  headers: Array<[string, string]>
  body: ArrayBuffer
}

type Entry = CachedResponse & { tags: string[]; bytes: number }

export type ResponseCacheStore = {
  get: (key: string) => CachedResponse | undefined
  /**
   * Stores unless an invalidation of one of its tags (or any invalidation, for an entry filed under
   * ANY_CHANGE_TAG) happened since `generation` was read, or the entry is too big.
   */
  set: (key: string, response: CachedResponse, tags: string[], generation: number) => boolean
  invalidate: (tags: string[]) => void
  readonly generation: number
  readonly bytes: number
  readonly size: number
}

const MAX_REMEMBERED_TAGS = 10_000

// Keys, header names and values are counted at two bytes a character (JavaScript strings).
const bytesOf = (key: string, response: CachedResponse) =>
  response.body.byteLength +
  key.length * 2 +
  response.headers.reduce((sum, [name, value]) => sum + (name.length + value.length) * 2, 0)

export const createResponseCacheStore = ({
  maxBytes,
  maxEntryBytes = Math.floor(maxBytes / 8),
}: {
  maxBytes: number
  maxEntryBytes?: number
}): ResponseCacheStore => {
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recently used first.
  const entries = new Map<string, Entry>()
  const keysByTag = new Map<string, Set<string>>()
  let bytes = 0
  let generation = 0
  // The generation of each tag's last invalidation; below `floor`, every tag counts as invalidated then.
  const invalidatedAt = new Map<string, number>()
  let floor = 0
  let anyInvalidatedAt = 0
  const isInvalidatedSince = (readAt: number, tags: string[]) =>
    readAt < floor ||
    (tags.includes(ANY_CHANGE_TAG)
      ? readAt < anyInvalidatedAt
      : tags.some((tag) => readAt < (invalidatedAt.get(tag) ?? 0)))

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.bytes
    for (const tag of entry.tags) {
      const keys = keysByTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) keysByTag.delete(tag)
    }
  }

  return {
    get: (key) => {
      const entry = entries.get(key)
      if (!entry) return undefined
      entries.delete(key)
      entries.set(key, entry)
      return entry
    },
    set: (key, response, tags, readAt) => {
      if (readAt > generation || isInvalidatedSince(readAt, tags)) return false
      const size = bytesOf(key, response)
      if (size > maxEntryBytes) return false
      remove(key)
      for (const oldest of entries.keys()) {
        if (bytes + size <= maxBytes) break
        remove(oldest)
      }
      entries.set(key, { ...response, tags, bytes: size })
      bytes += size
      for (const tag of tags) keysByTag.set(tag, (keysByTag.get(tag) ?? new Set()).add(key))
      return true
    },
    invalidate: (tags) => {
      generation++
      anyInvalidatedAt = generation
      // Bounded: past this many tags, forget them and refuse whatever was read before now.
      if (invalidatedAt.size + tags.length > MAX_REMEMBERED_TAGS) {
        invalidatedAt.clear()
        floor = generation
      }
      for (const tag of tags) invalidatedAt.set(tag, generation)
      for (const tag of [...tags, ANY_CHANGE_TAG]) {
        for (const key of [...(keysByTag.get(tag) ?? [])]) remove(key)
      }
    },
    get generation() {
      return generation
    },
    get bytes() {
      return bytes
    },
    get size() {
      return entries.size
    },
  }
}
