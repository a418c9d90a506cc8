import type { ArrayField, Validate } from 'payload'

import { array, date, select } from 'payload/shared'

import type { ResolvedDisclosureRequestsOptions } from '../types'

import { dayOnly } from '../../../src/lib/platform/dates'
import { bilingual, options } from '../../../src/lib/platform/labels'
import { NOTICE_BEFORE_RECEIPT, ONE_EXTENSION, ONE_REPLY, OUTCOME_REQUIRED, STEP_BEFORE_RECEIPT } from '../defaults'
import { replyOutcomeOptions } from '../outcomes'

export const stepKindOptions = options([
  ['correctionRequested', '告知补正', 'Correction requested'],
  ['correctionReceived', '收到补正', 'Correction received'],
  ['extension', '延期答复', 'Extension'],
  ['thirdPartySent', '征求第三方意见', 'Third party consulted'],
  ['thirdPartyReplied', '第三方答复', 'Third party replied'],
  ['feeNotified', '收费通知', 'Fee notified'],
  ['feePaid', '缴纳费用', 'Fee paid'],
  ['reply', '答复', 'Reply'],
])

type Row = { kind?: null | string }

const kindIs =
  (kind: string) =>
  (_data: unknown, siblingData: Row | undefined): boolean =>
    siblingData?.kind === kind

/** A date of the request's life may not precede its receipt (the clock starts there). */
const notBeforeReceipt =
  (message: string): Validate =>
  async (value, args) => {
    const ownCheck = await (date as Validate)(value, args)
    if (ownCheck !== true) return ownCheck
    const received = (args.data as { receivedOn?: null | string } | undefined)?.receivedOn
    if (!value || !received) return true
    return new Date(value as string) < new Date(received) ? message : true
  }

/** A reply is counted in the annual report by its outcome: it cannot be left out. */
const outcomeOfReply: Validate = async (value, args) => {
  const ownCheck = await (select as Validate)(value, args)
  if (ownCheck !== true) return ownCheck
  return (args.siblingData as Row)?.kind === 'reply' && !value ? OUTCOME_REQUIRED : true
}

const countOf = (rows: unknown, kind: string) =>
  Array.isArray(rows) ? rows.filter((row: Row) => row?.kind === kind).length : 0

/**
 * The request's life as dated steps: corrections (the clock restarts on receipt), one extension, third-party
 * consultation and fees (time not counted), and the reply with its table-三 outcome and documents.
 */
export const stepsField = (options: ResolvedDisclosureRequestsOptions): ArrayField => ({
  name: 'steps',
  type: 'array',
  label: bilingual('办理过程', 'Steps'),
  labels: { singular: bilingual('步骤', 'Step'), plural: bilingual('步骤', 'Steps') },
  admin: {
    description: bilingual(
      '按时间记录补正、延期（仅一次）、征求第三方意见、收费和答复；办理状态随之更新。',
      'Record corrections, the one extension, third-party consultation, fees and the reply as they happen; the status follows.',
    ),
  },
  validate: options.disabled
    ? undefined
    : async (rows, args) => {
        const ownCheck = await (array as Validate)(rows, args)
        if (ownCheck !== true) return ownCheck
        if (countOf(rows, 'extension') > 1) return ONE_EXTENSION
        if (countOf(rows, 'reply') > 1) return ONE_REPLY
        return true
      },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: stepKindOptions,
          label: bilingual('步骤', 'Kind'),
          admin: { description: bilingual('办理环节。', 'What happened.') },
        },
        {
          name: 'date',
          type: 'date',
          required: true,
          label: bilingual('日期', 'Date'),
          admin: {
            date: dayOnly,
            description: bilingual(
              '不能早于收到申请之日；补正以收到补正之日重新计算期限。',
              'Not before the day of receipt; after a correction the time limit counts from the day it arrived.',
            ),
          },
          validate: options.disabled ? undefined : notBeforeReceipt(STEP_BEFORE_RECEIPT),
        },
      ],
    },
    {
      name: 'approvedBy',
      type: 'text',
      label: bilingual('批准人', 'Approved by'),
      admin: {
        condition: kindIs('extension'),
        description: bilingual(
          '延期须经政府信息公开工作机构负责人同意（条例第三十三条）。',
          'An extension needs the approval of the head of the disclosure office (Art. 33).',
        ),
      },
    },
    {
      name: 'noticeSentOn',
      type: 'date',
      label: bilingual('告知申请人日期', 'Notice sent to the applicant'),
      admin: {
        condition: kindIs('extension'),
        date: dayOnly,
        description: bilingual('延期须告知申请人。', 'The applicant must be told of the extension.'),
      },
      validate: options.disabled ? undefined : notBeforeReceipt(NOTICE_BEFORE_RECEIPT),
    },
    {
      name: 'outcome',
      type: 'select',
      options: replyOutcomeOptions,
      label: bilingual('办理结果', 'Outcome'),
      admin: {
        condition: kindIs('reply'),
        description: bilingual('按年度报告表三的分类。', 'As classified in table 三 of the annual report.'),
      },
      validate: options.disabled ? undefined : outcomeOfReply,
    },
    {
      name: 'documents',
      type: 'upload',
      relationTo: options.uploadsCollection,
      hasMany: true,
      label: bilingual('答复文书', 'Reply documents'),
      admin: {
        condition: kindIs('reply'),
        description: bilingual('答复告知书及提供的政府信息。', 'The reply notice and the information provided.'),
      },
    },
    {
      name: 'note',
      type: 'textarea',
      label: bilingual('备注', 'Note'),
      admin: { description: bilingual('内部备注，不对外公开。', 'An internal note, never public.') },
    },
  ],
})
