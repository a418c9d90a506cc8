import crypto from 'node:crypto'

import type { PortalEventType } from '../types'

/** The JSON body every subscriber receives. Built when the change happens, so retries send the same body. */
export type PortalEvent = {
  id: string
  type: PortalEventType
  occurredAt: string
  collection: string
  document: {
    id: string
    title: null | string
    url: null | string
    indexNumber: null | string
    documentNumber: null | string
  }
}

export const SIGNATURE_HEADER = 'X-Gongkai-Signature'
export const TIMESTAMP_HEADER = 'X-Gongkai-Timestamp'
export const EVENT_HEADER = 'X-Gongkai-Event'
export const DELIVERY_HEADER = 'X-Gongkai-Delivery'

/**
 * `sha256=<hex>` of HMAC-SHA256(secret, `<timestamp>.<body>`). The timestamp (Unix seconds, sent in
 * X-Gongkai-Timestamp) is signed with the body so a receiver can refuse replays of old deliveries.
 */
export const signBody = ({ secret, timestamp, body }: { secret: string; timestamp: string; body: string }): string =>
  `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/** What a receiver does: recompute and compare in constant time. */
export const isValidSignature = (args: {
  secret: string
  timestamp: string
  body: string
  signature: string
}): boolean => {
  const expected = Buffer.from(signBody(args))
  const given = Buffer.from(args.signature)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}
