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
  /** The public form on the portal (online requests and tracking). */
  publicForm?: PublicFormOptions
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

export type PublicFormOptions = {
  /**
   * Submissions a client address may make per hour, counted across every app instance (in PostgreSQL).
   * @default 10
   */
  submissionsPerHour?: number
  /**
   * Tracking look-ups and reply downloads a client address may make per hour.
   * @default 60
   */
  lookupsPerHour?: number
  /**
   * How long a challenge question shown with the form stays answerable.
   * @default 30
   */
  challengeMinutes?: number
  /**
   * Reverse proxies in front of the app that append the client's address to `X-Forwarded-For`; the address
   * counted is the one that many entries from the end (0: the address the app's own server saw).
   * @default 0
   */
  trustedProxyHops?: number
}

export type ResolvedDisclosureRequestsOptions = Required<Omit<DisclosureRequestsOptions, 'publicForm'>> & {
  publicForm: Required<PublicFormOptions>
}
