import type { FieldAccess, TextareaField } from 'payload'

import { hasRole } from '../access/roles'
import { bilingual } from '../labels'

const isReviewStaff: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'disclosure-office', 'signer', 'secrecy-reviewer', 'reviewer', 'editor')

/** Internal remarks between editors and reviewers; never shown to the public or to bulletin editors. */
export const reviewNotesField = (): TextareaField => ({
  name: 'reviewNotes',
  type: 'textarea',
  label: bilingual('内部审核备注', 'Internal review notes'),
  access: { read: isReviewStaff, create: isReviewStaff, update: isReviewStaff },
  admin: {
    position: 'sidebar',
    description: bilingual('仅机关内部可见，不对外公开。', 'Internal only; never published.'),
  },
})
