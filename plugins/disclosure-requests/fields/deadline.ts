import type { Field } from 'payload'

import type { ResolvedDisclosureRequestsOptions } from '../types'

import { dayAndTime, dayOnly } from '../../../src/lib/platform/dates'
import { bilingual } from '../../../src/lib/platform/labels'

const cellPath = '/plugins/disclosure-requests/components/DaysLeftCell/index.client#DaysLeftCell'

/**
 * The reply deadline as stored and as read. `dueOn` is stored (recomputed on every save and by the daily check)
 * so lists sort and filter by it (`where[dueOn][less_than]=<today>` lists the overdue); the working days left
 * depend on today and are computed when read (`hooks/readDaysLeft`), never stored stale.
 */
export const deadlineFields = (options: ResolvedDisclosureRequestsOptions): Field[] => [
  {
    name: 'dueOn',
    type: 'date',
    index: true,
    label: bilingual('答复期限', 'Reply due'),
    // Derived from the steps and the calendar: what a client sends is replaced on save.
    access: { create: () => false, update: () => false },
    admin: {
      readOnly: true,
      position: 'sidebar',
      date: dayOnly,
      description: bilingual(
        '答复的最后一日（延期后为延长后的期限），按工作日历自动计算；补正、缴费期间暂停计时，已答复的不再显示。',
        'The last day to reply (the extended one once extended), counted through the working-day calendar; empty while the clock is stopped for a correction or a fee, and once replied.',
      ),
    },
  },
  {
    name: 'workingDaysLeft',
    type: 'number',
    virtual: true,
    label: bilingual('剩余工作日', 'Working days left'),
    admin: {
      readOnly: true,
      position: 'sidebar',
      components: options.disabled ? {} : { Cell: cellPath },
      description: bilingual(
        '截至今日距答复期限的工作日数，负数为已超期的工作日数；打开时计算。',
        'Working days from today to the reply deadline, negative once overdue; computed when read.',
      ),
    },
  },
  {
    name: 'isOverdue',
    type: 'checkbox',
    virtual: true,
    label: bilingual('已超期', 'Overdue'),
    admin: { hidden: true },
  },
  {
    name: 'remindersSent',
    type: 'array',
    label: bilingual('到期提醒', 'Deadline reminders'),
    labels: { singular: bilingual('提醒', 'Reminder'), plural: bilingual('提醒', 'Reminders') },
    // Written only by the reminder task (access overridden): a save from an open form cannot drop a record and
    // send a reminder twice.
    access: { create: () => false, update: () => false },
    admin: {
      readOnly: true,
      initCollapsed: true,
      description: bilingual(
        '已向办理机关工作人员发送的到期提醒邮件（期限前 5 个和 1 个工作日）。',
        'Reminder e-mails sent to the handling institution’s staff (5 and 1 working days before the deadline).',
      ),
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'daysBefore',
            type: 'number',
            required: true,
            label: bilingual('期限前工作日', 'Working days before'),
            admin: { description: bilingual('提醒的门槛：5 或 1 个工作日。', 'The threshold: 5 or 1 working days.') },
          },
          {
            name: 'dueOn',
            type: 'date',
            required: true,
            label: bilingual('所提醒的期限', 'For the deadline'),
            admin: {
              date: dayOnly,
              description: bilingual(
                '发送时的答复期限；延期后按新期限再次提醒。',
                'The deadline when sent; an extension is reminded again.',
              ),
            },
          },
          {
            name: 'queuedAt',
            type: 'date',
            required: true,
            label: bilingual('发送时间', 'Sent at'),
            admin: {
              date: dayAndTime,
              description: bilingual('提醒邮件排入发送队列的时间。', 'When the reminder e-mail was queued.'),
            },
          },
        ],
      },
    ],
  },
]
