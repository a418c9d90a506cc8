import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedNumberingOptions } from '../types'

import { lockDocument } from '../../../src/lib/platform/database/lockDocument'
import { bilingualMessage } from '../../../src/lib/platform/i18n/messages'
import { committedIndexNumber } from '../committedIndexNumber'
import { moveCounterPast, takeNextSerial } from '../counter'
import { BACKFILL_CONTEXT_KEY, IMMUTABLE_MESSAGE, IMPORT_CONTEXT_FLAG } from '../defaults'
import { calendarOf, numberingContextOf } from '../numberingContext'
import { counterKey, formatIndexNumber, parseIndexNumber, PatternError } from '../pattern'
import { numberDateOf } from '../period'
import { findRegistered } from '../register'

/**
 * Numbers a document when it is first published, inside the publishing transaction. A number, once
 * given, stays: later edits, unpublishing, republishing and moving to another institution keep it.
 * Drafts that were never published have none.
 */
export const assignIndexNumber =
  (options: ResolvedNumberingOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const existing = originalDoc?.indexNumber as string | null | undefined
    if (existing) return { ...data, indexNumber: existing }

    const doc = { ...originalDoc, ...data }
    const imported = req.context[IMPORT_CONTEXT_FLAG] === true ? (data.indexNumber as string | undefined) : undefined
    if (!imported && doc._status !== 'published') return { ...data, indexNumber: null }

    const refuse = (message: string) => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'indexNumber', message }] })
    }
    // Two publishes of one draft at once (a double submit, two instances) both start from a copy without
    // a number; the document's lock makes the later wait and find the number given. When this transaction
    // took the lock before the write began (a workflow action does), `originalDoc` was read under it and is
    // current; otherwise it may predate a publish committed since, and the number is read again.
    if (originalDoc?.id !== undefined) {
      const { wasHeld } = await lockDocument(req, collection.slug, originalDoc.id)
      const current = wasHeld ? null : await committedIndexNumber(req, collection.slug, originalDoc.id)
      if (current && imported && imported !== current) return refuse(IMMUTABLE_MESSAGE)
      if (current) return { ...data, indexNumber: current }
    }

    const { pattern, values } = await numberingContextOf({ collection: collection.slug, doc, options, req })

    if (imported) {
      const parsed = parseIndexNumber(pattern, values, imported)
      if (!parsed) {
        return refuse(
          bilingualMessage(
            `导入的索引号“${imported}”不符合模式 ${pattern}`,
            `imported number "${imported}" does not match the pattern ${pattern}`,
          ),
        )
      }
      // Checked here for a message that says why; the register's unique index stays the backstop.
      const registered = await findRegistered(req, imported)
      if (registered?.status === 'voided') {
        return refuse(
          bilingualMessage(
            `索引号“${imported}”已作废，不能再用`,
            `number "${imported}" was voided (its document was deleted) and is never issued again`,
          ),
        )
      }
      if (registered) {
        return refuse(
          bilingualMessage(
            `索引号“${imported}”已被使用`,
            `number "${imported}" is already issued (${registered.collectionSlug} ${registered.documentId})`,
          ),
        )
      }
      await moveCounterPast(req, parsed.key, parsed.serial)
      return { ...data, indexNumber: imported }
    }

    // The year of the number is the year the document was made, where the collection has such a date;
    // else of its publication (for backfill, of the first publication).
    const backfillDate = req.context[BACKFILL_CONTEXT_KEY]
    const publishedAt = typeof backfillDate === 'string' ? new Date(backfillDate) : new Date()
    const numberDate = numberDateOf({ doc, dateField: options.dateFieldOf(collection.slug), publishedAt })
    const calendar = calendarOf(numberDate, options.timeZone)
    try {
      const key = counterKey(pattern, { ...values, ...calendar })
      const serial = await takeNextSerial(req, key, { gapless: options.gapless })
      return { ...data, indexNumber: formatIndexNumber(pattern, { ...values, ...calendar }, serial) }
    } catch (err) {
      // The transaction rolls back, taking the counter's increment with it (in gapless mode): no gap is left.
      if (err instanceof PatternError) return refuse(err.message)
      throw err
    }
  }
