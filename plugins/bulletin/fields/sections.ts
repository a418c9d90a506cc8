import type { ArrayField, CollectionSlug, Field } from 'payload'

import type { BulletinColumn } from '../types'

import { bilingual } from '../../../src/lib/platform/labels'
import { placeableDocumentField } from './placeableDocument'

const readOnly = { readOnly: true }

/** Collapsed rows read as their heading or their document's title (components/RowLabels). */
const rowLabels = '/plugins/bulletin/components/RowLabels/index.client'

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
    description: bilingual(
      '发布时所刊登的版本及其内容哈希；之后修改原文件不影响本期。',
      'The version printed and its content hash; later edits to the document do not change this issue.',
    ),
  },
  fields: [
    {
      name: 'versionId',
      type: 'text',
      label: bilingual('版本 ID', 'Version ID'),
      admin: {
        ...readOnly,
        description: bilingual(
          '发布时刊登的文件版本，可在文件的版本历史中找到。',
          'The document version printed; find it in the document’s version history.',
        ),
      },
    },
    {
      name: 'contentHash',
      type: 'text',
      label: bilingual('内容哈希 (SHA-256)', 'Content hash (SHA-256)'),
      admin: {
        ...readOnly,
        description: bilingual(
          '所刊内容的指纹，用于核验刊印内容未被改动。',
          'A fingerprint of what was printed, to verify it was not altered.',
        ),
      },
    },
    {
      name: 'snapshot',
      type: 'json',
      label: bilingual('刊印快照', 'Printed snapshot'),
      admin: {
        ...readOnly,
        components: { Field: '/plugins/bulletin/components/FrozenSnapshot/index.client#FrozenSnapshotField' },
        description: bilingual(
          '冻结的标题、文号、索引号、日期和正文，导出时使用。',
          'The frozen title, document number, index number, date and body used by exports.',
        ),
      },
    },
  ],
})

/** Ordered columns (栏目), each with ordered entries; a new issue starts with the configured columns. */
export const sectionsField = ({
  columns,
  sources,
}: {
  columns: BulletinColumn[]
  sources: CollectionSlug[]
}): ArrayField => ({
  name: 'sections',
  type: 'array',
  label: bilingual('栏目', 'Sections'),
  labels: { singular: bilingual('栏目', 'Section'), plural: bilingual('栏目', 'Sections') },
  defaultValue: columns.map(({ key, heading }) => ({ column: key, heading, entries: [] })),
  admin: {
    initCollapsed: false,
    components: { RowLabel: `${rowLabels}#SectionRowLabel` },
    description: bilingual(
      '按国家栏目顺序：政府令/规章、政府文件……大事记；空栏目不印。',
      'In the national column order (rules, government documents … chronicle); empty sections are not printed.',
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'heading',
          type: 'text',
          required: true,
          label: bilingual('栏目名称', 'Heading'),
          admin: {
            description: bilingual(
              '印在目录和正文中的栏目标题，如 政府文件。',
              'The heading printed in the contents and the text, e.g. 政府文件.',
            ),
          },
        },
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
      admin: {
        components: { RowLabel: `${rowLabels}#EntryRowLabel` },
        description: bilingual(
          '本栏目刊登的文件，按刊印顺序排列，可拖动调整。',
          'The documents in this section, in print order; drag to reorder.',
        ),
      },
      fields: [placeableDocumentField(sources), frozenField()],
    },
  ],
})
