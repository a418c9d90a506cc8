import type { CollectionConfig } from 'payload'

import type { ResolvedDisclosureRequestsOptions } from '../types'

import { dayOnly } from '../../../src/lib/platform/dates'
import { bilingual, options as selectOptions } from '../../../src/lib/platform/labels'
import { officeOnly, ownRequests, registerRequests } from '../access'
import { REQUESTS_SLUG } from '../defaults'
import { applicantFields } from '../fields/applicant'
import { deadlineFields } from '../fields/deadline'
import { deliveryMethodField } from '../fields/delivery'
import { stepsField } from '../fields/steps'
import { trackingCodeField } from '../fields/trackingCode'
import { deriveStatus } from '../hooks/deriveStatus'
import { keepRemindersSent } from '../hooks/keepRemindersSent'
import { readDaysLeft } from '../hooks/readDaysLeft'
import { refuseOtherInstitution } from '../hooks/refuseOtherInstitution'
import { storeDeadline } from '../hooks/storeDeadline'

export const channelOptions = selectOptions([
  ['online', '网上申请', 'Online'],
  ['letter', '信函', 'Letter'],
  ['inPerson', '当面提交', 'In person'],
  ['fax', '传真', 'Fax'],
  ['email', '电子邮件', 'E-mail'],
])

export const statusOptions = selectOptions([
  ['received', '已受理', 'Received'],
  ['awaitingCorrection', '待补正', 'Awaiting correction'],
  ['extended', '已延期', 'Extended'],
  ['thirdParty', '征求第三方意见', 'Third party consulted'],
  ['awaitingFee', '待缴费', 'Awaiting fee'],
  ['replied', '已答复', 'Replied'],
])

/**
 * 依申请公开 (requests for disclosure): who asked, how and when it was received, what for, which institution
 * handles it, and its life as dated steps up to the reply. Personal data: read and kept by the handling
 * institution's staff and the disclosure office only, through every door.
 */
export const disclosureRequestsCollection = (options: ResolvedDisclosureRequestsOptions): CollectionConfig => {
  const own = ownRequests(options)
  return {
    slug: REQUESTS_SLUG,
    labels: {
      singular: bilingual('依申请公开', 'Disclosure request'),
      plural: bilingual('依申请公开', 'Disclosure requests'),
    },
    admin: {
      useAsTitle: 'applicantName',
      defaultColumns: [
        'trackingCode',
        'applicantName',
        'receivedOn',
        'handlingInstitution',
        'status',
        'dueOn',
        'workingDaysLeft',
      ],
      group: bilingual('依申请公开', 'Disclosure requests'),
      description: bilingual(
        '政府信息公开申请的登记与办理。申请人信息仅本单位工作人员和公开办可见。',
        'Register and handle requests for government information. Applicants’ data is seen only by the handling institution’s staff and the disclosure office.',
      ),
    },
    // Open requests by their deadline, the nearest (and the overdue) first; replied and paused ones, with no
    // deadline, after them.
    defaultSort: 'dueOn',
    // What the portal's form needs to know of the plugin's options (the portal imports no options of its own).
    custom: {
      publicForm: {
        ...options.publicForm,
        uploadsCollection: options.uploadsCollection,
        institutionsCollection: options.institutionsCollection,
        isDisabled: options.disabled,
      },
    },
    access: { read: own, update: own, create: registerRequests(options), delete: officeOnly(options) },
    hooks: options.disabled
      ? {}
      : {
          beforeChange: [refuseOtherInstitution(options), deriveStatus(), storeDeadline(options), keepRemindersSent()],
          afterRead: [readDaysLeft(options)],
        },
    fields: [
      ...applicantFields(),
      {
        name: 'channel',
        type: 'select',
        required: true,
        options: channelOptions,
        label: bilingual('申请方式', 'Channel'),
        admin: {
          description: bilingual(
            '申请提交的渠道，决定收到申请之日的认定方式。',
            'How the request arrived; it decides which day counts as the day of receipt.',
          ),
        },
      },
      {
        name: 'receivedOn',
        type: 'date',
        required: true,
        label: bilingual('收到申请日期', 'Received on'),
        admin: {
          date: dayOnly,
          description: bilingual(
            '按条例第三十一条：当面提交的，为提交之日；邮寄的，为签收之日（平常信函为与申请人确认之日）；网上提交的，为提交之日；传真、电子邮件为双方确认之日。',
            'By Art. 31: in person, the day submitted; by post, the day signed for (an ordinary letter: the day confirmed with the applicant); online, the day submitted; fax or e-mail, the day both sides confirmed.',
          ),
        },
      },
      {
        name: 'requestedInformation',
        type: 'textarea',
        required: true,
        label: bilingual('所需政府信息', 'Information requested'),
        admin: {
          description: bilingual(
            '所需信息的名称、文号或便于查询的其他特征性描述。',
            'The name, document number or other description by which the information can be found.',
          ),
        },
      },
      {
        name: 'purpose',
        type: 'textarea',
        label: bilingual('用途', 'Purpose'),
        admin: { description: bilingual('选填。', 'Optional.') },
      },
      deliveryMethodField(),
      {
        name: 'handlingInstitution',
        type: 'relationship',
        relationTo: options.institutionsCollection,
        required: true,
        index: true,
        label: bilingual('办理机关', 'Handling institution'),
        admin: {
          description: bilingual(
            '负责答复的机关；其工作人员和公开办可以查看和办理。',
            'The body that answers; its staff and the disclosure office see and handle the request.',
          ),
        },
      },
      trackingCodeField(options),
      {
        name: 'status',
        type: 'select',
        defaultValue: 'received',
        options: statusOptions,
        index: true,
        label: bilingual('办理状态', 'Status'),
        admin: {
          readOnly: true,
          position: 'sidebar',
          description: bilingual('根据办理过程自动更新。', 'Follows the steps.'),
        },
      },
      {
        name: 'repliedOn',
        type: 'date',
        label: bilingual('答复日期', 'Replied on'),
        admin: {
          readOnly: true,
          position: 'sidebar',
          date: dayOnly,
          description: bilingual('答复步骤的日期。', 'The date of the reply step.'),
        },
      },
      ...deadlineFields(options),
      stepsField(options),
    ],
  }
}
