import type { FieldAccess, TextareaField } from 'payload'

import { internalFieldReadAccess } from '../../src/lib/platform/access'
import { bilingual } from '../../src/lib/platform/labels'
import { hasRole } from '../../src/lib/platform/roles'

const isReviewStaff: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'disclosure-office', 'signer', 'secrecy-reviewer', 'reviewer', 'editor')

type ReviewNotesFieldArgs = {
  /**
   * The relationship naming the document's institution: its staff read the notes.
   * @default 'institution'
   */
  institutionField?: string
}

/**
 * Internal remarks between editors and reviewers; never shown to the public, to bulletin editors or
 * to another institution's staff.
 */
export const reviewNotesField = ({ institutionField = 'institution' }: ReviewNotesFieldArgs = {}): TextareaField => ({
  name: 'reviewNotes',
  type: 'textarea',
  label: bilingual('内部审核备注', 'Internal review notes'),
  access: { read: internalFieldReadAccess({ institutionField }), create: isReviewStaff, update: isReviewStaff },
  admin: {
    position: 'sidebar',
    description: bilingual('仅机关内部可见，不对外公开。', 'Internal only; never published.'),
  },
})
