import type { Field } from 'payload'

import { bilingual } from '../../../src/lib/platform/labels'

/**
 * The report of the document's findings in the edit view's sidebar: a UI field, so the schema is the same with or
 * without it.
 */
export const reportField = ({ officeRoles }: { officeRoles: string[] }): Field => ({
  name: 'contentFindingsReport',
  type: 'ui',
  label: bilingual('内容安全检查', 'Content security'),
  admin: {
    position: 'sidebar',
    // It reads the edit view's document; a list column of it would stay empty.
    disableListColumn: true,
    components: {
      Field: {
        path: '/plugins/content-security/components/FindingsReport/index.client#FindingsReport',
        // Those who may accept a finding as a false positive see the button for it.
        clientProps: { officeRoles },
      },
    },
  },
})
