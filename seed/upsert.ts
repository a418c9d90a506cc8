import type { CollectionSlug, DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { PUBLISHED_AT_CONTEXT_KEY } from '../plugins/catalogue-numbering'
import { systemPublishContext } from '../src/lib/platform/systemPublish'
import { forEachLimited } from './concurrency'
import { matches } from './matches'

/** One document the seed owns, found again on the next run by its natural key. */
export type Seed<TSlug extends CollectionSlug> = {
  key: string
  data: RequiredDataFromCollectionSlug<TSlug>
  /** Saved as a draft (`_status: 'draft'` in `data`), otherwise published. */
  isDraft?: boolean
  /** Written when the document is created, never compared or overwritten (a password someone may have changed). */
  createOnly?: Partial<RequiredDataFromCollectionSlug<TSlug>>
  /**
   * When a published seed was first published: historic demo data gets index numbers of its own year, and its
   * Art. 26 publication record is judged by that day, not the day the seed ran.
   */
  publishedAt?: string
}

export type UpsertArgs<TSlug extends CollectionSlug> = {
  payload: Payload
  collection: TSlug
  seeds: readonly Seed<TSlug>[]
  /** Narrows the search for existing documents to candidates for the seeds' keys. */
  existing: Where
  /** The natural key of a stored document, computed the same way as `Seed.key`. */
  keyOf: (doc: DataFromCollectionSlug<TSlug>) => string
  onProgress?: (done: number, total: number) => void
  /** Parallel writes; 1 where hooks count existing documents, which concurrent transactions cannot see. */
  concurrency?: number
}

export type UpsertResult = {
  /** Document id by natural key, for every seed. */
  ids: Map<string, number>
  created: number
  updated: number
  unchanged: number
}

/** A validation error names the fields; other errors only have a message. */
const describeError = (err: unknown): string => {
  const fieldErrors = (err as { data?: { errors?: Array<{ path: string; message: string }> } }).data?.errors
  const details = fieldErrors?.map(({ path, message }) => `${path}: ${message}`).join('; ')
  return details ? `${(err as Error).message} (${details})` : String((err as Error).message ?? err)
}

/** Parallel writes: enough to keep PostgreSQL busy on two cores, well below the connection pool. */
const CONCURRENCY = 6

/**
 * Find-or-create-or-update by natural key. A document that already holds the seed's values is left
 * alone, so a second run writes nothing (and adds no versions to the audit trail).
 */
export const upsertAll = async <TSlug extends CollectionSlug>({
  payload,
  collection,
  seeds,
  existing,
  keyOf,
  onProgress,
  concurrency = CONCURRENCY,
}: UpsertArgs<TSlug>): Promise<UpsertResult> => {
  const keys = new Set<string>()
  for (const { key } of seeds) {
    if (keys.has(key)) throw new Error(`seed: ${collection} has the key "${key}" twice`)
    keys.add(key)
  }

  const findStored = async () => {
    const found = await payload.find({
      collection,
      where: existing,
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const stored = new Map<string, DataFromCollectionSlug<TSlug>>()
    for (const doc of found.docs as DataFromCollectionSlug<TSlug>[]) {
      const key = keyOf(doc)
      if (!stored.has(key)) stored.set(key, doc)
    }
    return stored
  }
  const stored = await findStored()

  const result: UpsertResult = { ids: new Map(), created: 0, updated: 0, unchanged: 0 }
  const save = async (seed: Seed<TSlug>, current: DataFromCollectionSlug<TSlug> | undefined) => {
    const common = { collection, depth: 0, overrideAccess: true, draft: seed.isDraft === true } as const
    if (!current) {
      // The seed publishes as the system: demo content did not go through the review chain.
      const context = {
        ...systemPublishContext({ publishedAt: seed.publishedAt }),
        ...(seed.publishedAt ? { [PUBLISHED_AT_CONTEXT_KEY]: seed.publishedAt } : {}),
      }
      const doc = await payload.create({ ...common, context, data: { ...seed.data, ...seed.createOnly } } as Parameters<
        Payload['create']
      >[0])
      result.ids.set(seed.key, doc.id as number)
      result.created++
    } else if (matches(seed.data, current)) {
      result.ids.set(seed.key, current.id as number)
      result.unchanged++
    } else {
      await payload.update({
        ...common,
        id: current.id,
        data: seed.data,
        context: systemPublishContext(),
      } as Parameters<Payload['update']>[0])
      result.ids.set(seed.key, current.id as number)
      result.updated++
    }
  }

  let done = 0
  await forEachLimited(seeds, concurrency, async (seed) => {
    const current = stored.get(seed.key)
    try {
      await save(seed, current).catch(async (err: unknown) => {
        // Someone else (another suite, an admin) may have created it since the look-up: use theirs.
        const createdMeanwhile = current ? undefined : (await findStored()).get(seed.key)
        if (!createdMeanwhile) throw err
        await save(seed, createdMeanwhile)
      })
    } catch (err) {
      throw new Error(`seed: could not save ${collection} "${seed.key}": ${describeError(err)}`, { cause: err })
    }
    onProgress?.(++done, seeds.length)
  })
  return result
}
