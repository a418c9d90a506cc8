import type { CollectionAfterChangeHook } from 'payload'

import { PROACTIVE_DISCLOSURE } from '../../src/lib/platform/disclosureMethod'
import { slugs } from '../slugs'

type Id = number | string

const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return undefined
}

/** Values at a dotted path, stepping into arrays: `materials.template` → every material's template. */
const valuesAt = (source: unknown, path: string[]): unknown[] => {
  if (path.length === 0) return Array.isArray(source) ? source : [source]
  if (Array.isArray(source)) return source.flatMap((entry) => valuesAt(entry, path))
  if (!source || typeof source !== 'object') return []
  const [head, ...rest] = path
  return valuesAt((source as Record<string, unknown>)[head!], rest)
}

/**
 * Files are private until a published, proactively disclosed document uses them; then anonymous
 * readers (the portal) may download them. `paths` are the upload fields, dotted through arrays.
 */
export const markFilesPublic =
  (paths: string[]): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const isPublic =
      doc._status === 'published' && (doc.disclosureMethod ?? PROACTIVE_DISCLOSURE) === PROACTIVE_DISCLOSURE
    if (!isPublic) return doc
    const ids = paths
      .flatMap((path) => valuesAt(doc, path.split('.')))
      .map(idOf)
      .filter((id) => id !== undefined)
    if (ids.length === 0) return doc
    await req.payload.update({
      collection: slugs.media,
      where: { and: [{ id: { in: ids } }, { isPublic: { equals: false } }] },
      data: { isPublic: true },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return doc
  }
