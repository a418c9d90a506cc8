import type { Access } from 'payload'

import { hasRole } from '../../src/lib/platform/roles'

/** Who assembles, sees drafts of and (until the workflow plugin takes over) publishes bulletin issues. */
export const canEditBulletin = (user: unknown): boolean =>
  hasRole(user, 'bulletin-editor', 'signer', 'disclosure-office', 'admin')

export const editorsOnly: Access = ({ req: { user } }) => canEditBulletin(user)

/** Published issues to everyone, drafts to bulletin staff only. */
export const publishedOrEditors: Access = ({ req: { user } }) =>
  canEditBulletin(user) ? true : { _status: { equals: 'published' } }

/** Every issue ever published is kept (DOMAIN.md, "Channels"): only issues never frozen can be deleted. */
export const deleteUnpublishedOnly: Access = ({ req: { user } }) =>
  canEditBulletin(user) ? { frozenAt: { exists: false } } : false
