import type { UIField } from 'payload'

import { bilingual } from '../../../src/lib/platform/labels'

/**
 * The issue's tools in the edit view's sidebar: downloads, exports and their status, and the
 * 自上期以来 suggestions. A ui field: no column, so the schema is the same with the plugin disabled.
 */
export const issueToolsField = (): UIField => ({
  name: 'issueTools',
  type: 'ui',
  label: bilingual('公报工具', 'Bulletin tools'),
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: '/plugins/bulletin/components/IssueTools/index.client#IssueTools' },
  },
})
