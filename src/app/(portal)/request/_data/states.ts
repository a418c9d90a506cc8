import type { FieldError, FormValues, TrackedRequest } from '../../../../../plugins/disclosure-requests'

/** What the request form page shows after a POST. */
export type RequestFormState =
  | { kind: 'form'; errors: FieldError[]; values: FormValues; notice?: string }
  | { kind: 'created'; trackingCode: string }

/** What the tracking page shows after a POST. */
export type TrackState =
  | { kind: 'form'; values: { code: string; phoneTail: string }; notice: string }
  | { kind: 'found'; request: TrackedRequest; phoneTail: string }

export const TOO_MANY = '提交过于频繁，请一小时后再试。'
