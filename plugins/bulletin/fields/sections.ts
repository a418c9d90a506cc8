import type { ArrayField, CollectionSlug, Field } from 'payload'

import type { BulletinColumn } from '../types'

import { bilingual } from '../../../collections/labels'
import { placeableDocumentField } from './placeableDocument'

const readOnly = { readOnly: true }

/**
 * What prints of an entry, copied from the exact published version when the issue is published.
 * Written only by the freezing hook (it overwrites whatever a client sends).
 */
const frozenField = (): Field => ({
  name: 'frozen',
  type: 'group',
  label: bilingual('刊印内容（发布时冻结）', 'As printed (frozen on publication)'),
  admin: {
    readOnly: true,
    condition: (_, siblingData) => Boolean(siblingData?.frozen?.versionId),
    description: bilingual('发布时所刊登的版本及其内容哈希；之后修改原文件不影响本期。', 'The version printed and its content hash; later edits to the document do not change this issue.'),
  },
  fields: [
    { name: 'versionId', type: 'text', label: bilingual('版本 ID', 'Version ID'), admin: readOnly },
    { name: 'contentHash', type: 'text', label: bilingual('内容哈希 (SHA-256)', 'Content hash (SHA-256)'), admin: readOnly },
    { name: 'snapshot', type: 'json', label: bilingual('刊印快照', 'Printed snapshot'), admin: readOnly },
  ],
})

/** Ordered columns (栏目), each with ordered entries; a new issue starts with the configured columns. */
export const sectionsField = ({ columns, sources }: { columns: BulletinColumn[]; sources: CollectionSlug[] }): ArrayField => ({
  name: 'sections',
  type: 'array',
  label: bilingual('栏目', 'Sections'),
  labels: { singular: bilingual('栏目', 'Section'), plural: bilingual('栏目', 'Sections') },
  defaultValue: columns.map(({ key, heading }) => ({ column: key, heading, entries: [] })),
  admin: { initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'heading', type: 'text', required: true, label: bilingual('栏目名称', 'Heading') },
        {
          name: 'column',
          type: 'select',
          label: bilingual('栏目类型', 'Column'),
          options: columns.map(({ key, heading }) => ({ value: key, label: heading })),
          admin: { description: bilingual('用于筛选可选文件。', 'Filters the document picker.') },
        },
      ],
    },
    {
      name: 'entries',
      type: 'array',
      label: bilingual('篇目', 'Entries'),
      labels: { singular: bilingual('篇目', 'Entry'), plural: bilingual('篇目', 'Entries') },
      fields: [placeableDocumentField(sources), frozenField()],
    },
  ],
})
