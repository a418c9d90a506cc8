import type { TaskConfig } from 'payload'

import type { ResolvedPortalOptions } from '../types'
import type { PortalEvent } from '../webhooks/event'

import { DELIVER_TASK, DELIVERIES_SLUG, WEBHOOKS_SLUG } from '../defaults'
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signBody, TIMESTAMP_HEADER } from '../webhooks/event'

const describeError = (err: unknown) => {
  if (!(err instanceof Error)) return String(err)
  const cause = (err as { cause?: unknown }).cause
  return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message
}

/**
 * Sends one event to one subscriber, signed, and logs the attempt. A failure (no answer, a timeout, a
 * status outside 2xx) throws, so the jobs queue retries with exponential backoff; the log is written
 * outside the task's transaction so failed attempts stay recorded.
 */
export const deliverWebhookTask = (options: ResolvedPortalOptions): TaskConfig<typeof DELIVER_TASK> => ({
  slug: DELIVER_TASK,
  label: '推送订阅事件 / Deliver webhook',
  retries: { attempts: options.webhooks.retries, backoff: { type: 'exponential', delay: options.webhooks.backoffMs } },
  inputSchema: [
    { name: 'webhook', type: 'number', required: true },
    { name: 'event', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'statusCode', type: 'number' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    // Queued by portalChange.ts as a PortalEvent; the job's input schema can only say "json".
    const event = input.event as PortalEvent
    const webhook = await payload.findByID({
      collection: WEBHOOKS_SLUG,
      id: input.webhook,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    // Removed or switched off since the event: nothing to send, nothing to retry.
    if (!webhook || webhook.active === false) return { output: {} }

    const previousAttempts = await payload.count({
      collection: DELIVERIES_SLUG,
      where: { and: [{ webhook: { equals: webhook.id } }, { eventId: { equals: event.id } }] },
      overrideAccess: true,
    })
    const body = JSON.stringify(event)
    const timestamp = String(Math.floor(Date.now() / 1000))
    const started = performance.now()
    let statusCode: null | number = null
    let error: null | string = null
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'Gongkai-Webhooks/1',
          [SIGNATURE_HEADER]: signBody({ secret: webhook.secret, timestamp, body }),
          [TIMESTAMP_HEADER]: timestamp,
          [EVENT_HEADER]: event.type,
          [DELIVERY_HEADER]: event.id,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.webhooks.timeoutMs),
      })
      statusCode = response.status
      await response.body?.cancel()
      if (!response.ok) error = `HTTP ${response.status}`
    } catch (err) {
      error = describeError(err)
    }
    const durationMs = Math.round(performance.now() - started)

    await payload.create({
      collection: DELIVERIES_SLUG,
      data: {
        webhook: webhook.id,
        eventId: event.id,
        eventType: event.type,
        docCollection: event.collection,
        docId: event.document.id,
        attempt: previousAttempts.totalDocs + 1,
        statusCode,
        isSuccess: error === null,
        error,
        durationMs,
      },
      overrideAccess: true,
      depth: 0,
    })
    if (error !== null) throw new Error(`webhook ${webhook.id} delivery failed: ${error}`)
    return { output: { statusCode } }
  },
})
