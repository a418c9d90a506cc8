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
  /**
   * Keep the collection (so the database schema stays the same) but drop its behaviour: no tracking code, no derived
   * status, no step checks.
   * @default false
   */
  disabled?: boolean
}

export type ResolvedDisclosureRequestsOptions = Required<DisclosureRequestsOptions>
