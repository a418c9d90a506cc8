import type { CollectionSlug } from 'payload'

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
   * Keep the collection (so the database schema stays the same) but drop its behaviour: no tracking code, no derived
   * status, no step checks.
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
