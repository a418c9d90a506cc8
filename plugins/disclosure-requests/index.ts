import type { Config, Plugin } from 'payload'

import type { DisclosureRequestsOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { disclosureRequestsCollection } from './collections/disclosureRequests'
import { resolveOptions } from './defaults'

export type { DisclosureRequestsOptions } from './types'
export type { ReplyOutcome } from './outcomes'
export type { RequestStatus, StepKind } from './requestStatus'
export { REQUESTS_SLUG } from './defaults'
export { replyOutcomes } from './outcomes'
export { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from './trackingCode'

/**
 * 依申请公开 (requests for disclosure, Art. 27–45 of the regulation): a register of requests with their applicant,
 * channel, receipt date, handling institution and dated steps up to a reply classified as in the annual report's
 * table 三; a tracking code per request and a status that follows the steps. Needs the institutions and uploads
 * collections before it; place it before readerLanguage().
 */
export const disclosureRequests =
  (pluginOptions: DisclosureRequestsOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const config = placePlugin(incoming, {
      plugin: 'disclosureRequests',
      collections: [options.institutionsCollection, options.uploadsCollection],
      before: ['readerLanguage'],
    })
    return { ...config, collections: [...(config.collections ?? []), disclosureRequestsCollection(options)] }
  }
