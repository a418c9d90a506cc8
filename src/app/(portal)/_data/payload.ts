import type { Payload } from 'payload'

import { getPayload } from 'payload'

import config from '../../../../payload.config'

/**
 * The portal's Payload instance. Called only while rendering a request, never at build time. A relative
 * import rather than `@payload-config`, so the data functions also load in the integration tests.
 */
export const portalPayload = (): Promise<Payload> => getPayload({ config })
