import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import path from 'node:path'

import type { Finding, ScanRules, ScanTarget } from './findings'
import type { ResolvedScannedCollection } from './types'

import { relationId } from '../../src/lib/platform/ids'
import { isCollectionSlug } from '../../src/lib/platform/slugs'
import { attachmentText } from './extract/attachmentText'
import { documentTargets } from './extract/documentTargets'
import { scanTargets } from './scan'

type Doc = Record<string, unknown>

/** The values at a dotted path, through arrays (`materials.template`: every material's template). */
const valuesAt = (value: unknown, segments: readonly string[]): unknown[] => {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, segments))
  if (segments.length === 0) return [value]
  if (typeof value !== 'object' || value === null) return []
  return valuesAt((value as Doc)[segments[0]!], segments.slice(1))
}

/** The collection an upload field at a dotted path points to (through array and group fields). */
const uploadTargetOf = (fields: FlattenedField[], segments: readonly string[]): string | undefined => {
  const field = fields.find((candidate) => candidate.name === segments[0])
  if (!field) return undefined
  if (segments.length === 1)
    return field.type === 'upload' && typeof field.relationTo === 'string' ? field.relationTo : undefined
  return 'flattenedFields' in field ? uploadTargetOf(field.flattenedFields, segments.slice(1)) : undefined
}

/**
 * Text already read from a file, by upload collection, id and file name: a rescan reads each file once, however
 * many documents attach it.
 */
export type AttachmentTextCache = Map<string, null | string>

/** One target per attached file whose text can be read (`attachments.<id>`); files without text give none. */
const attachmentTargets = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  doc: Doc,
  paths: readonly string[],
  cache?: AttachmentTextCache,
): Promise<ScanTarget[]> => {
  const fields = req.payload.collections[collection].config.flattenedFields
  const targets: ScanTarget[] = []
  for (const fieldPath of paths) {
    const segments = fieldPath.split('.')
    const uploads = uploadTargetOf(fields, segments)
    const ids = [
      ...new Set(
        valuesAt(doc, segments)
          .map(relationId)
          .filter((id) => id !== null),
      ),
    ]
    if (!uploads || !isCollectionSlug(req.payload, uploads) || ids.length === 0) continue
    const upload = req.payload.collections[uploads].config.upload
    const staticDir = typeof upload === 'object' ? upload.staticDir : undefined
    if (!staticDir) continue
    const { docs } = await req.payload.find({
      collection: uploads,
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const { id, filename, mimeType } of docs.map((found): Doc => ({ ...found }))) {
      if (typeof filename !== 'string') continue
      const key = `${uploads}:${String(id)}:${filename}`
      const text = cache?.has(key)
        ? cache.get(key)
        : await attachmentText({
            filePath: path.join(staticDir, path.basename(filename)),
            mimeType: typeof mimeType === 'string' ? mimeType : '',
          })
      cache?.set(key, text ?? null)
      if (text) targets.push({ field: `${segments[0]}.${String(id)}`, text })
    }
  }
  return targets
}

/** Every configured field and readable attachment of a document, through every check. */
export const scanDocument = async ({
  req,
  collection,
  doc,
  scanned,
  rules,
  attachmentTexts,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  doc: Doc
  scanned: ResolvedScannedCollection
  rules: ScanRules
  /** Shared by the documents of one run (the rescan), so a file attached to many is read once. */
  attachmentTexts?: AttachmentTextCache
}): Promise<Finding[]> => {
  const targets = [
    ...documentTargets({ doc, fields: scanned.fields }),
    ...(await attachmentTargets(req, collection, doc, scanned.attachments, attachmentTexts)),
  ]
  return scanTargets({ targets, rules })
}

/** What the scan reads of a document, to tell a publish that changes it from one that only re-saves it. */
export const scannedContentOf = (doc: Doc, scanned: ResolvedScannedCollection): string =>
  JSON.stringify([
    documentTargets({ doc, fields: scanned.fields }),
    scanned.attachments.map((fieldPath) => valuesAt(doc, fieldPath.split('.')).map(relationId)),
  ])
