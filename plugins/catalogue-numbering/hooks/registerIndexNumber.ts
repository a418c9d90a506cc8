import type { CollectionAfterChangeHook } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { ValidationError } from 'payload'

import { tableOf } from '../../../src/lib/platform/database/tables'
import { transactionOf } from '../../../src/lib/platform/database/transaction'
import { bilingualMessage } from '../../../src/lib/platform/i18n/messages'
import { BACKFILL_CONTEXT_KEY, IMPORT_CONTEXT_FLAG, REGISTRY_SLUG } from '../defaults'

/**
 * Records a newly given number in the register, in the same transaction. The register's unique index
 * is the backstop across all catalogued collections: a clash fails the publish instead of issuing a
 * duplicate. One `insert … on conflict do nothing` on the hot path; the register row is only read
 * back when the number is already there, which is either this document (a concurrent publish of it
 * registered first) or a clash.
 */
export const registerIndexNumber =
  (): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    const indexNumber = doc.indexNumber as string | null | undefined
    if (!indexNumber || indexNumber === previousDoc?.indexNumber) return doc
    const source =
      req.context[IMPORT_CONTEXT_FLAG] === true
        ? 'imported'
        : req.context[BACKFILL_CONTEXT_KEY]
          ? 'backfilled'
          : 'issued'
    const db = await transactionOf(req)
    const register = tableOf(req, REGISTRY_SLUG)
    const column = (field: string) => sql.identifier(register[field]!.name)
    const documentId = String(doc.id)
    const { rows: inserted } = await db.execute(sql`
    insert into ${register} (${column('indexNumber')}, ${column('collectionSlug')}, ${column('documentId')}, ${column('status')},
      ${column('source')}, ${column('assignedAt')}, ${column('updatedAt')}, ${column('createdAt')})
    values (${indexNumber}, ${collection.slug}, ${documentId}, 'assigned', ${source}, now(), now(), now())
    on conflict (${column('indexNumber')}) do nothing
    returning ${column('id')}`)
    if (inserted.length > 0) return doc

    const { rows: holders } = await db.execute(sql`
    select ${register.collectionSlug} as "collectionSlug", ${register.documentId} as "documentId"
    from ${register} where ${register.indexNumber} = ${indexNumber}`)
    const holder = holders[0]
    if (holder?.collectionSlug === collection.slug && holder.documentId === documentId) return doc
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'indexNumber',
          message: bilingualMessage(
            `索引号“${indexNumber}”已被使用`,
            `number "${indexNumber}" is already issued (${String(holder?.collectionSlug)} ${String(holder?.documentId)})`,
          ),
        },
      ],
    })
  }
