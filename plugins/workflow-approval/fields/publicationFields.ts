import type { Field, FieldAccess } from 'payload'

import { internalFieldReadAccess } from '../../../src/lib/platform/access'
import { dayAndTime, dayOnly } from '../../../src/lib/platform/dates'
import { bilingual } from '../../../src/lib/platform/labels'
import { writtenBySystem } from '../../../src/lib/platform/systemFields'
import { PUBLICATION_FIELD } from '../constants'

/** Only the publish transition writes these (recordPublication); direct writes are dropped. */
const noDirectWrites: FieldAccess = () => false

/**
 * 公开时效: when the document was last published and whether that kept the Art. 26 deadline (20 working
 * days after it was made or changed). Recorded at the publish, so lateness stays on the record after the
 * overdue mark of the unpublished document is gone; the late-publisher report reads it. Internal: the
 * document's institution and the office read it.
 */
export const publicationFields = ({ institutionField }: { institutionField: string }): Field[] => {
  const read = internalFieldReadAccess({ institutionField })
  return [
    writtenBySystem({
      name: PUBLICATION_FIELD,
      type: 'group',
      label: bilingual('公开时效', 'Timeliness'),
      access: { read, create: noDirectWrites, update: noDirectWrites },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: bilingual(
          '发布时记录：自形成或变更之日起 20 个工作日内公开（条例第二十六条）。',
          'Recorded at publication: Art. 26 allows 20 working days from when it was made or changed.',
        ),
      },
      fields: [
        {
          name: 'publishedOn',
          type: 'date',
          index: true,
          label: bilingual('发布时间', 'Published on'),
          admin: { readOnly: true, date: dayAndTime },
        },
        {
          name: 'dueOn',
          type: 'date',
          label: bilingual('公开期限', 'Due on'),
          admin: { readOnly: true, date: dayOnly },
        },
        {
          name: 'workingDaysToPublish',
          type: 'number',
          label: bilingual('用时（工作日）', 'Working days taken'),
          admin: { readOnly: true },
        },
        {
          name: 'isLate',
          type: 'checkbox',
          index: true,
          label: bilingual('逾期公开', 'Published late'),
          admin: { readOnly: true },
        },
      ],
    }),
  ]
}
