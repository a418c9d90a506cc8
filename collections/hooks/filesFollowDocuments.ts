import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { relationId } from '../../src/lib/platform/ids'
import { recomputeFilePublicity } from './recomputeFilePublicity'

/** Values at a dotted path, stepping into arrays: `materials.template` → every material's template. */
const valuesAt = (source: unknown, path: string[]): unknown[] => {
  if (path.length === 0) return Array.isArray(source) ? source : [source]
  if (Array.isArray(source)) return source.flatMap((entry) => valuesAt(entry, path))
  if (!source || typeof source !== 'object') return []
  const [head, ...rest] = path
  return valuesAt((source as Record<string, unknown>)[head!], rest)
}

const fileIdsOf = (paths: string[], ...docs: unknown[]): number[] => [
  ...new Set(
    docs
      .flatMap((doc) => paths.flatMap((path) => valuesAt(doc, path.split('.'))))
      .map(relationId)
      .filter((id) => id !== null),
  ),
]

/**
 * A file is public exactly while a published, 主动公开 document uses it. After every change (publish,
 * withdrawal, a new disclosure method, an attachment added or removed) and every deletion, the files
 * the document uses now or used before are recomputed from the references, in the same transaction.
 * `paths` are the upload fields, dotted through arrays; `recomputeFilePublicity` must know the same.
 */
export const filesFollowDocuments = (
  paths: string[],
): { afterChange: CollectionAfterChangeHook[]; afterDelete: CollectionAfterDeleteHook[] } => ({
  afterChange: [
    async ({ doc, previousDoc, req }) => {
      await recomputeFilePublicity(req, fileIdsOf(paths, doc, previousDoc))
      return doc
    },
  ],
  afterDelete: [
    async ({ doc, req }) => {
      await recomputeFilePublicity(req, fileIdsOf(paths, doc))
      return doc
    },
  ],
})
