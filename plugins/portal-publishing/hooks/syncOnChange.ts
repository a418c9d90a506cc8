import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedPortalOptions } from '../types'

import { transactionOf } from '../../../src/lib/platform/database/transaction'
import { isPublicDocument } from '../../../src/lib/platform/publicDocument'
import { SKIP_PORTAL_CONTEXT_KEY } from '../defaults'
import { indexRowOf } from '../search/indexRow'
import { deleteIndexRow, upsertIndexRow } from '../search/indexStore'
import { announcePortalChange } from './portalChange'

/**
 * Whether the hook's `doc` is the main row this write just stored, whole: a publish (a draft save writes
 * a version only) read back as the system (no field access applied), every stored field present (no
 * `select`), one locale. Then the publish is not read a second time inside its transaction.
 */
const isMainRowAsWritten = ({
  collection,
  doc,
  req,
  overrideAccess,
}: Pick<Parameters<CollectionAfterChangeHook>[0], 'collection' | 'doc' | 'req'> & { overrideAccess?: boolean }) =>
  overrideAccess === true &&
  doc._status === 'published' &&
  !req.payload.config.localization &&
  collection.flattenedFields.every(
    (field) =>
      field.type === 'join' ||
      ('virtual' in field && Boolean(field.virtual)) ||
      Boolean(field.hidden) ||
      field.name in doc,
  )

/**
 * Keeps the portal in step with a saved document, inside its transaction. The truth is the main table
 * (the published state), not the hook's `doc`: saving a draft over a published document leaves the
 * published text on the portal. Whether the document was public before is what the index write answers
 * (the row it replaced or removed: the index holds exactly the public documents), so publish, update and
 * withdrawal are told apart without guessing and without a read before the write.
 */
export const syncOnChange =
  (options: ResolvedPortalOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, req, context, overrideAccess }) => {
    if (context[SKIP_PORTAL_CONTEXT_KEY]) return doc
    const slug = collection.slug
    const current = isMainRowAsWritten({ collection, doc, req, overrideAccess })
      ? (doc as Record<string, unknown>)
      : ((await req.payload.db.findOne({
          collection: slug,
          where: { id: { equals: doc.id } },
          req,
        })) as Record<string, unknown> | null)
    const isPublic = current !== null && isPublicDocument(current)
    // A draft saved beside the published version: the portal still shows the published one.
    if (isPublic && doc._status === 'draft') return doc

    const db = await transactionOf(req)
    const institutionField = options.fieldsOf(slug).institution
    if (isPublic) {
      const previous = await upsertIndexRow(db, indexRowOf(options, slug, current))
      await announcePortalChange(req, options, {
        type: previous ? 'updated' : 'published',
        collection: slug,
        id: doc.id,
        doc: current,
        institutions: [previous?.institution, current[institutionField]],
      })
      return doc
    }
    const previous = await deleteIndexRow(db, slug, doc.id)
    if (previous) {
      await announcePortalChange(req, options, {
        type: 'withdrawn',
        collection: slug,
        id: doc.id,
        doc: current ?? doc,
        institutions: [previous.institution, (current ?? doc)[institutionField]],
      })
    }
    return doc
  }
