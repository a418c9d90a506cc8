import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'

/** The portal's Payload instance. Called only while rendering a request, never at build time. */
export const portalPayload = (): Promise<Payload> => getPayload({ config })
