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
          admin: {
            readOnly: true,
            date: dayAndTime,
            description: bilingual('最近一次发布的时间。', 'When it was last published.'),
          },
        },
        {
          name: 'dueOn',
          type: 'date',
          label: bilingual('公开期限', 'Due on'),
          admin: {
            readOnly: true,
            date: dayOnly,
            description: bilingual(
              '形成或变更之日起第 20 个工作日（按工作日历）。',
              'The 20th working day after it was made or changed (by the working calendar).',
            ),
          },
        },
        {
          name: 'workingDaysToPublish',
          type: 'number',
          label: bilingual('用时（工作日）', 'Working days taken'),
          admin: {
            readOnly: true,
            description: bilingual('从形成或变更到发布的工作日数。', 'Working days from made or changed to published.'),
          },
        },
        {
          name: 'isLate',
          type: 'checkbox',
          index: true,
          label: bilingual('逾期公开', 'Published late'),
          admin: {
            readOnly: true,
            description: bilingual('发布晚于公开期限。', 'Published after the due date.'),
          },
        },
      ],
    }),
  ]
}
