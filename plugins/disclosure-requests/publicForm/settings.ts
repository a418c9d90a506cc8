import type { Payload } from 'payload'

import type { PublicFormOptions } from '../types'

import { REQUESTS_SLUG } from '../defaults'

export type PublicFormSettings = Required<PublicFormOptions> & {
  uploadsCollection: string
  institutionsCollection: string
  isDisabled: boolean
}

/** The plugin's options for the public form, as the collection carries them (`custom.publicForm`). */
export const publicFormSettings = (payload: Payload): PublicFormSettings => {
  const custom = payload.collections[REQUESTS_SLUG]?.config.custom as { publicForm?: PublicFormSettings } | undefined
  if (!custom?.publicForm) throw new Error('the disclosureRequests plugin is not in this config')
  return custom.publicForm
}

export const HOUR_MS = 3_600_000
