import type { Config, Plugin } from 'payload'

import type { DisclosureRequestsOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { disclosureRequestsCollection } from './collections/disclosureRequests'
import { formLimitsCollection } from './collections/formLimits'
import { resolveOptions } from './defaults'

export type { DisclosureRequestsOptions } from './types'
export type { ReplyOutcome } from './outcomes'
export type { RequestStatus, StepKind } from './requestStatus'
export { REQUESTS_SLUG } from './defaults'
export { replyOutcomes } from './outcomes'
export { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from './trackingCode'
export { FORM_LIMITS_SLUG } from './defaults'
export { applicantTypeOptions } from './fields/applicant'
export { deliveryMethodOptions } from './fields/delivery'
export type { FieldError, FormField, FormValues } from './publicForm/submission'
export type { SubmitOutcome } from './publicForm/submitRequest'
export type { DownloadOutcome, LookupOutcome, TrackedRequest, TrackingKey } from './publicForm/tracking'
export { formChallenge } from './publicForm/challenge'
export { publicFormSettings } from './publicForm/settings'
export { submitRequest } from './publicForm/submitRequest'
export { lookupRequest, replyDocument } from './publicForm/tracking'

/**
 * 依申请公开 (requests for disclosure, Art. 27–45 of the regulation): a register of requests with their applicant,
 * channel, receipt date, handling institution and dated steps up to a reply classified as in the annual report's
 * table 三; a tracking code per request and a status that follows the steps; and the portal's side: an online
 * request form guarded by a challenge and a rate limit kept in PostgreSQL, and tracking by code and phone
 * (publicForm/). Needs the institutions and uploads
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
    return {
      ...config,
      collections: [...(config.collections ?? []), disclosureRequestsCollection(options), formLimitsCollection()],
    }
  }
