import type { Workflow } from '../types'

import { bilingual } from '../../../src/lib/platform/labels'
import { sendBack } from './sendBack'

/**
 * Bulletin issues (公报): the bulletin editor assembles and submits, a signer signs off, and the issue is
 * published (and frozen by the bulletin plugin in the same transaction). A published issue has no
 * actions: every issue ever published stays as it was.
 */
export const bulletinWorkflow: Workflow = {
  slug: 'bulletin',
  label: bilingual('公报签发流程', 'Bulletin sign-off'),
  stages: [
    {
      slug: 'draft',
      label: bilingual('草稿', 'Draft'),
      roles: ['bulletin-editor', 'disclosure-office'],
      sameInstitution: false,
      actions: [{ action: 'submit', label: bilingual('提交签发', 'Submit for sign-off'), to: 'signoff' }],
    },
    {
      slug: 'signoff',
      label: bilingual('领导签发', 'Sign-off'),
      roles: ['signer'],
      sameInstitution: false,
      actions: [
        { action: 'approve', label: bilingual('签发', 'Sign off'), to: 'published', effect: 'publish' },
        sendBack(),
      ],
    },
    {
      slug: 'published',
      label: bilingual('已发布', 'Published'),
      roles: [],
      sameInstitution: false,
      isReview: false,
      actions: [],
    },
  ],
}
