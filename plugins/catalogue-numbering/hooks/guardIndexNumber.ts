import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { IMMUTABLE_MESSAGE, IMPORT_CONTEXT_FLAG } from '../defaults'

/**
 * Refuses any attempt to set or change an index number, through every door (REST, GraphQL, Local API,
 * admin), with a 400. Sending the current number back (as the admin form does) or leaving it out is
 * no change. The legacy import path (`context.catalogueImport`) may bring a number for a document
 * that has none yet.
 */
export const guardIndexNumber =
  (): CollectionBeforeValidateHook =>
  ({ collection, data, originalDoc, req }) => {
    const incoming = (data?.indexNumber as string | null | undefined) || null
    const current = (originalDoc?.indexNumber as string | null | undefined) || null
    if (incoming === null || incoming === current) return data
    if (req.context[IMPORT_CONTEXT_FLAG] === true && current === null) return data
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'indexNumber', message: IMMUTABLE_MESSAGE }],
    })
  }
