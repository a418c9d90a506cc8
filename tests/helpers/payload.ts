import type { Payload } from 'payload'

import { getPayload } from 'payload'

import config from '../../payload.config'

/** The Payload instance of this test file (one per worker process), on the run's database. */
export const getTestPayload = (): Promise<Payload> => getPayload({ config })

export { config }
