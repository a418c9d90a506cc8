import type { CollectionSlug, GlobalSlug } from 'payload'

import type { Role } from '../../src/lib/platform/roles'

export type DisclosureRequestsOptions = {
  /**
   * The collection of institutions a request is handled by (the `handlingInstitution` relationship).
   * @default 'institutions'
   */
  institutionsCollection?: CollectionSlug
  /**
   * The upload collection holding the reply documents.
   * @default 'media'
   */
  uploadsCollection?: CollectionSlug
  /**
   * Roles that read, register and update every request (the disclosure office and admins), and alone delete one.
   * @default ['admin', 'disclosure-office']
   */
  officeRoles?: Role[]
  /**
   * Roles that read, register and update the requests their own institutions handle.
   * @default ['signer', 'secrecy-reviewer', 'reviewer', 'editor']
   */
  staffRoles?: Role[]
  /**
   * The working-day calendar global (holidays and adjusted workdays) the reply deadlines count through.
   * @default 'workflow-calendar'
   */
  calendarGlobal?: GlobalSlug
  /**
   * The office's time zone: the day a request was received and "today" are dates there.
   * @default 'Asia/Shanghai'
   */
  timeZone?: string
  /**
   * The users collection whose staff get the deadline reminders (by `roles` and `institutions`).
   * @default 'users'
   */
  usersCollection?: CollectionSlug
  /**
   * Working days before the reply deadline at which the handling institution's staff are e-mailed, once each
   * per deadline (an extension sets a new deadline, reminded again).
   * @default [5, 1]
   */
  reminderDays?: number[]
  /**
   * When the daily reminder check runs (croner's six fields, seconds first, in the server's time zone);
   * `false` schedules none (queue the task yourself).
   * @default '0 0 8 * * *'
   */
  reminderCron?: false | string
  /**
   * Run the `disclosure-requests` queue in every app process (Payload's autoRun); `false` leaves it to a worker
   * (`payload jobs:run --queue disclosure-requests`).
   * @default true
   */
  autoRun?: boolean
  /**
   * Keep the collection (so the database schema stays the same) but drop its behaviour: no tracking code, no derived
   * status or deadline, no step checks, no reminders, no reading of reply documents through requests.
   * @default false
   */
  disabled?: boolean
}

export type ResolvedDisclosureRequestsOptions = Required<DisclosureRequestsOptions>
