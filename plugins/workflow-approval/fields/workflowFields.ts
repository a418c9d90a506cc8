import type { Field, FieldAccess } from 'payload'

import type { Workflow } from '../types'

import { internalFieldReadAccess } from '../../../src/lib/platform/access'
import { dayAndTime } from '../../../src/lib/platform/dates'
import { bilingual } from '../../../src/lib/platform/labels'
import { stageLabels } from '../codeLabels'
import { STAGE_FIELD } from '../constants'
import { secrecyDecisionLabels, secrecyDecisions, stageDataFieldLabels } from '../stageDataLabels'

/** Only workflow actions write these; direct writes are dropped here and reset by the guard hook. */
const noDirectWrites: FieldAccess = () => false

/** The stage options of every workflow in use, once each (one select column for all of them). */
const stageOptions = (workflows: Workflow[]) =>
  Object.entries(stageLabels(workflows)).map(([value, label]) => ({ value, label }))

/**
 * The stage and the data the stages record. The stage is readable by anyone who reads the document (it
 * says "published" to the public); the review data only by the document's institution and the office.
 */
export const workflowFields = ({
  workflows,
  institutionField,
}: {
  workflows: Workflow[]
  institutionField: string
}): Field[] => {
  const internalRead = internalFieldReadAccess({ institutionField })
  const internal = { read: internalRead, create: noDirectWrites, update: noDirectWrites }
  return [
    {
      name: STAGE_FIELD,
      type: 'select',
      label: bilingual('审核环节', 'Workflow stage'),
      index: true,
      options: stageOptions(workflows),
      defaultValue: workflows[0]?.stages[0]?.slug,
      access: { create: noDirectWrites, update: noDirectWrites },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: bilingual('由审核操作改变。', 'Changed by workflow actions only.'),
      },
    },
    {
      name: 'secrecyDecision',
      type: 'select',
      label: stageDataFieldLabels.secrecyDecision,
      options: secrecyDecisions.map((value) => ({ value, label: secrecyDecisionLabels[value] })),
      access: internal,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: bilingual(
          '保密审查员在“保密审查”环节作出：公开、免于公开或需报审。',
          'Made by the secrecy reviewer in the secrecy review: public, exempt or referred.',
        ),
      },
    },
    {
      name: 'secrecyLegalBasis',
      type: 'textarea',
      label: stageDataFieldLabels.secrecyLegalBasis,
      access: internal,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: bilingual(
          '审查结论所依据的条款，如《政府信息公开条例》第十四条。',
          'The provision the decision rests on, e.g. Art. 14 of the Disclosure Regulations.',
        ),
      },
    },
    {
      name: 'scheduledPublishAt',
      type: 'date',
      label: stageDataFieldLabels.scheduledPublishAt,
      access: internal,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: dayAndTime,
        description: bilingual(
          '签发时可指定；到时系统自动发布，之前可取消。',
          'Chosen at sign-off; the system publishes then, and it can be cancelled before.',
        ),
      },
    },
  ]
}

/** The fields only workflow actions set; other writes keep what the document had. */
export const WORKFLOW_OWNED_FIELDS = [
  STAGE_FIELD,
  'secrecyDecision',
  'secrecyLegalBasis',
  'scheduledPublishAt',
] as const
