import type { Access, FieldAccess } from 'payload'

import { institutionIdsOf, isAllInstitutionUser, isInstitutionScopedUser } from './roles'

/**
 * Reading a content document's internal fields (review notes): admins, the disclosure office and the
 * staff of the document's own institution. Another institution's staff read its published documents
 * as the public does. Where there is no document to judge (validating `where` and `sort`, list
 * permissions) only admins and the disclosure office qualify; otherwise staff could filter another
 * institution's documents by notes they may not read.
 */
export const internalFieldReadAccess =
  ({ institutionField }: { institutionField: string }): FieldAccess =>
  ({ req: { user }, doc, data }) => {
    if (isAllInstitutionUser(user)) return true
    if (!isInstitutionScopedUser(user)) return false
    // The admin's form state asks with the form's `data` and no `doc`; its values came from a read the
    // user was allowed (or from the user), so judging by its institution shows nobody anything new.
    const owner: unknown = (doc ?? data)?.[institutionField]
    const ownerId = owner && typeof owner === 'object' && 'id' in owner ? (owner as { id: unknown }).id : owner
    return ownerId != null && institutionIdsOf(user).map(String).includes(String(ownerId))
  }

/** The disclosure office and admins, who work across every institution (reference data, registers, settings). */
export const isAllInstitutionStaff: Access = ({ req: { user } }) => isAllInstitutionUser(user)

export const isSignedIn: Access = ({ req: { user } }) => Boolean(user)

/**
 * A collection only the system writes (counters, registers, indexes, logs): no door creates, changes or
 * deletes its rows, not even an admin's; `read` says who may look.
 */
export const writtenBySystemOnly = ({ read }: { read: Access }) => ({
  read,
  create: () => false,
  update: () => false,
  delete: () => false,
})
